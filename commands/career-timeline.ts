/**
 * /timeline: the career at a glance. The answer names the timeline picture (an inline attachment),
 * which each platform draws from the résumé it serves (src/render/timeline/), and carries
 * the same timeline as text — a bar of block characters per role and school — for where no
 * picture can go (the console, a private Slack answer in Socket Mode) and for screen readers.
 *
 * (The file is not commands/timeline.ts: that one holds the time helpers other commands share.)
 */
import { makeAnswer } from '../src/model/answer.js';
import { buildTimeline } from '../src/resume/timeline.js';
import { timelineBars } from '../src/resume/timeline-bars.js';
import type { Command } from './definition.js';
import { workMatch } from './experience.js';

export const timeline: Command = {
  data: {
    name: 'timeline',
    description: 'The career as one picture: roles, education and projects on a time axis',
    usageHint: '',
    option: null,
    examples: ['timeline'],
    slash: true,
  },
  routing: {
    // Asking for the picture of a career is decided by these words alone ("show me his career timeline at netflix" is still the picture).
    priority: 50,
    decisive: true,
    cues: [
      'timeline',
      'career timeline',
      'show me his career',
      'show his career',
      'career path',
      'career history',
      'career overview',
      'career at a glance',
      'career chart',
      'career graph',
      'whole career',
      'entire career',
      'picture of his career',
      'visualize his career',
    ],
  },
  execute(_query, { index, now, messages }) {
    const { resume } = index;
    const t = messages.t.bind(messages);
    const model = buildTimeline(resume, now, messages);
    const lines = timelineBars(model);
    if (!lines.length) {
      return makeAnswer({
        kind: 'empty',
        title: t('timeline.none.title'),
        body: t('timeline.none.body', { owner: resume.basics.name }),
      });
    }
    const roles = model.roles.length;
    const schools = model.education.length;
    return makeAnswer({
      kind: 'list',
      title: t('timeline.title'),
      subtitle: [resume.basics.name, t('timeline.roles', { count: roles }), schools ? t('timeline.schools', { count: schools }) : '']
        .filter(Boolean)
        .join(' · '),
      body: lines.join('\n'),
      attachments: [
        {
          kind: 'timeline',
          display: 'inline',
          filename: 'timeline.png',
          contentType: 'image/png',
          label: t('timeline.alt', {
            owner: resume.basics.name,
            entries: [...model.roles, ...model.education]
              .map((b) => `${[b.heading, b.detail].filter(Boolean).join(', ')} (${b.dates})`)
              .join('; '),
          }),
        },
      ],
      matches: resume.work.map((entry, i) => workMatch(entry, i)),
      suggestions: ['/experience', '/projects'],
    });
  },
};
