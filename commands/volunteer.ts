import { english, type Messages } from '../src/i18n/catalogue.js';
import type { Resume } from '../src/resume/schema.js';
import { highlightLabels, withAbbreviations } from '../src/query/documents.js';
import { formatRange } from '../src/resume/dates.js';
import { recency } from '../src/resume/significance.js';
import { entryCommand, type EntryKind } from './entries.js';
import { link } from './format.js';

type Volunteering = Resume['volunteer'][number];

function title(entry: Volunteering, messages: Messages = english()): string {
  if (entry.position && entry.organization)
    return messages.t('volunteer.title', { position: entry.position, organization: entry.organization });
  return entry.position ?? entry.organization ?? messages.t('volunteer.untitled');
}

const kind: EntryKind<Volunteering> = {
  section: 'volunteer',
  noun: 'volunteer role',
  plural: 'volunteer roles',
  heading: 'Volunteer work',
  ownTitles: true,
  entries: (resume) => resume.volunteer,
  title,
  identity: (entry) => withAbbreviations(entry.organization),
  placeName: (entry) => entry.organization,
  facets: (entry) => [entry.position, ...highlightLabels(entry.highlights)],
  content: (entry) => [entry.summary, ...entry.highlights],
  significance: recency,
  line: (entry, now, messages) =>
    [entry.position, entry.organization, formatRange(entry.startDate, entry.endDate, now, messages)].filter(Boolean).join(' · '),
  detail: (entry, _i, now, messages) => {
    const dates = formatRange(entry.startDate, entry.endDate, now, messages);
    return {
      subtitle: dates || undefined,
      body: entry.summary,
      fields: [
        ...(entry.organization ? [{ label: messages.t('volunteer.organization'), value: entry.organization, inline: true }] : []),
        ...(dates ? [{ label: messages.t('volunteer.dates'), value: dates, inline: true }] : []),
      ],
      sections: entry.highlights.length ? [{ heading: messages.t('volunteer.highlights'), bullets: entry.highlights }] : [],
      links: link(entry.organization ?? messages.t('volunteer.website'), entry.url),
      footer: dates || undefined,
    };
  },
  completions: (entry) => [entry.organization],
};

export const volunteer = entryCommand(
  {
    name: 'volunteer',
    description: 'Volunteer work: by organization, role, topic or year',
    usageHint: '[organization, role, topic or year]',
    option: { name: 'query', description: 'An organization, a role, a topic or a year (empty: all volunteer work)', autocomplete: true },
    examples: ['volunteer', 'volunteer food bank', 'volunteer 2024'],
    slash: true,
  },
  kind,
  {
    priority: 50,
    strict: true,
    cues: [
      'volunteer',
      'volunteers',
      'volunteered',
      'volunteering',
      'charity',
      'charities',
      'charitable',
      'nonprofit',
      'nonprofits',
      'non profit',
      'not for profit',
      'pro bono',
      'community service',
      'give back',
      'gives back',
      'giving back',
      'unpaid',
    ],
  },
  ['current', 'previous', 'first', 'year', 'relative', 'employer', 'position'],
);
