import { makeAnswer } from '../src/core/answer.js';
import { workTitle } from '../src/query/documents.js';
import type { Command } from './definition.js';
import { workDates } from './format.js';

export const about: Command = {
  data: {
    name: 'about',
    description: 'Who he is: headline, summary and current role',
    usageHint: '',
    option: null,
    examples: ['about'],
    slash: true,
  },
  execute(_query, { index, now }) {
    const { basics, work } = index.resume;
    const current = work.filter((w) => w.startDate && w.endDate === null);
    const location = basics.location ? [basics.location.city, basics.location.region, basics.location.countryCode].filter(Boolean).join(', ') : '';
    return makeAnswer({
      kind: 'result',
      title: basics.name,
      subtitle: basics.label,
      body: basics.summary,
      fields: [
        ...current.map((w) => ({ label: 'Current role', value: `${workTitle(w)} (${workDates(w, now)})` })),
        ...(location ? [{ label: 'Location', value: location, inline: true, sourcePath: 'basics.location' }] : []),
      ],
      suggestions: ['/experience', '/skills', '/projects', '/contact'],
      matches: [{ section: 'basics', id: 'basics', title: basics.name }],
    });
  },
};
