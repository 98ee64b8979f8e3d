import { english } from '../src/i18n/catalogue.js';
import type { Resume } from '../src/resume/schema.js';
import { withAbbreviations } from '../src/query/documents.js';
import { entryCommand, type EntryKind } from './entries.js';
import { monthYear } from './format.js';

type Award = Resume['awards'][number];

const kind: EntryKind<Award> = {
  section: 'awards',
  noun: 'award',
  plural: 'awards',
  heading: 'Awards',
  entries: (resume) => resume.awards,
  title: (award, messages = english()) =>
    award.title ?? (award.awarder ? messages.t('awards.from', { awarder: award.awarder }) : messages.t('awards.untitled')),
  identity: (award) => withAbbreviations(award.title),
  facets: (award) => withAbbreviations(award.awarder),
  content: (award) => [award.summary],
  line: (award, _now, messages) =>
    [kind.title(award, messages), award.awarder, monthYear(award.date, messages)].filter(Boolean).join(' · '),
  detail: (award, _i, _now, messages) => ({
    subtitle: [award.awarder, monthYear(award.date, messages)].filter(Boolean).join(' · ') || undefined,
    body: award.summary,
    fields: [
      ...(award.awarder ? [{ label: messages.t('awards.by'), value: award.awarder, inline: true }] : []),
      ...(award.date ? [{ label: messages.t('entry.date'), value: monthYear(award.date, messages)!, inline: true }] : []),
    ],
    footer: monthYear(award.date, messages),
  }),
  completions: (award) => [award.awarder],
};

export const awards = entryCommand(
  {
    name: 'awards',
    description: 'Awards and honours: by name, who gave them, or year',
    usageHint: '[award, awarder or year]',
    option: { name: 'query', description: 'An award, who gave it, or a year (empty: every award)', autocomplete: true },
    examples: ['awards', 'awards osdi', 'awards 2014'],
    slash: true,
  },
  kind,
  {
    priority: 50,
    strict: true,
    cues: [
      'award',
      'awards',
      'awarded',
      'win',
      'won',
      'wins',
      'winning',
      'winner',
      'prize',
      'prizes',
      'honor',
      'honors',
      'honour',
      'honours',
      'recognition',
      'recognize',
      'recognise',
      'recognized',
      'recognised',
      'accolade',
      'accolades',
      'distinction',
      'distinctions',
      'trophy',
    ],
  },
  ['current', 'previous', 'first', 'year', 'relative'],
);
