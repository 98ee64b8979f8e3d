import { english } from '../src/i18n/catalogue.js';
import type { Resume } from '../src/resume/schema.js';
import { withAbbreviations } from '../src/query/documents.js';
import { entryCommand, type EntryKind } from './entries.js';
import { link, monthYear } from './format.js';

type Publication = Resume['publications'][number];

const kind: EntryKind<Publication> = {
  section: 'publications',
  noun: 'publication',
  plural: 'publications',
  heading: 'Publications',
  ownTitles: true,
  entries: (resume) => resume.publications,
  title: (pub, messages = english()) => pub.name ?? messages.t('publications.untitled'),
  identity: (pub) => withAbbreviations(pub.name),
  facets: (pub) => withAbbreviations(pub.publisher),
  content: (pub) => [pub.summary],
  line: (pub, _now, messages) => [pub.name, pub.publisher, monthYear(pub.releaseDate, messages)].filter(Boolean).join(' · '),
  detail: (pub, _i, _now, messages) => ({
    subtitle: [pub.publisher, monthYear(pub.releaseDate, messages)].filter(Boolean).join(' · ') || undefined,
    body: pub.summary,
    fields: [
      ...(pub.publisher ? [{ label: messages.t('publications.in'), value: pub.publisher, inline: true }] : []),
      ...(pub.releaseDate ? [{ label: messages.t('entry.date'), value: monthYear(pub.releaseDate, messages)!, inline: true }] : []),
    ],
    links: link(pub.name ?? messages.t('publications.link'), pub.url),
    footer: monthYear(pub.releaseDate, messages),
  }),
  completions: (pub) => [pub.publisher],
};

export const publications = entryCommand(
  {
    name: 'publications',
    description: 'Papers and articles: by title, topic, publisher or year',
    usageHint: '[title, topic, publisher or year]',
    option: { name: 'query', description: 'A title, a topic, a publisher, or a year (empty: every publication)', autocomplete: true },
    examples: ['publications', 'publications tiered storage', 'publications acm'],
    slash: true,
  },
  kind,
  {
    priority: 50,
    strict: true,
    cues: [
      'publication',
      'publications',
      'publish',
      'published',
      'publishes',
      'publishing',
      'paper',
      'papers',
      'pubs',
      'article',
      'articles',
      'journal',
      'journals',
      'book',
      'books',
      'peer reviewed',
      'conference paper',
      'conference papers',
      'write about',
      'wrote about',
      'writes about',
      'written about',
      'writing about',
      // Writing something, not in something ("does she write rust?" asks whether she programs in it).
      'write anything',
      'wrote anything',
      'written anything',
      'write something',
      'wrote something',
      'written something',
    ],
    weakCues: ['write', 'wrote', 'writes', 'written', 'writing', 'venue', 'venues'],
  },
  ['current', 'previous', 'first', 'year', 'relative'],
);
