import { english } from '../src/i18n/catalogue.js';
import type { Resume } from '../src/resume/schema.js';
import { entryCommand, type EntryKind } from './entries.js';

type Reference = Resume['references'][number];

/** "Marcus Feng, Engineering Director at Confluent": the person, then who they are. */
function parts(reference: Reference): string[] {
  return (reference.name ?? '').split(/\s*,\s*/).filter(Boolean);
}

const kind: EntryKind<Reference> = {
  section: 'references',
  noun: 'reference',
  plural: 'references',
  heading: 'References',
  ownTitles: true,
  entries: (resume) => resume.references,
  title: (reference, messages = english()) => reference.name ?? messages.t('references.unnamed'),
  identity: (reference) => [reference.name, parts(reference)[0]],
  facets: (reference) => parts(reference).slice(1),
  content: (reference) => [reference.reference],
  line: (reference, _now, messages) => kind.title(reference, messages),
  person: (reference) => parts(reference)[0],
  // Third parties' words: the quote is a field from the résumé's references, which PRIVATE_FIELDS keeps private by default.
  detail: (reference, i, _now, messages) => ({
    fields: reference.reference
      ? [{ label: messages.t('references.says'), value: `“${reference.reference}”`, sourcePath: `references[${i}].reference` }]
      : [],
  }),
};

export const references = entryCommand(
  {
    name: 'references',
    description: 'References and what they say (private unless the owner shares them)',
    usageHint: '[name or company]',
    option: { name: 'query', description: 'A referee or their company (empty: every reference)', autocomplete: true },
    examples: ['references', 'references confluent'],
    slash: true,
  },
  kind,
  {
    priority: 50,
    strict: true,
    cues: [
      'reference',
      'references',
      'referee',
      'referees',
      'refs',
      // "Who could I talk to as a reference?": the reference is whom to talk to.
      'talk to as a reference',
      'speak to as a reference',
      'speak with as a reference',
      'recommend',
      'recommends',
      'recommended',
      'recommendation',
      'recommendations',
      'vouch',
      'vouches',
      'vouched',
      'referred',
      'referral',
      'referrals',
      'testimonial',
      'testimonials',
      'endorse',
      'endorses',
      'endorsement',
      'endorsements',
      // Who says it is anyone who worked with him: "what do people say about him?" asks for every reference.
      ...['people', 'colleagues', 'coworkers', 'others', 'peers'].flatMap((who) => [
        `${who} say`,
        `${who} said`,
        `${who} think of him`,
        `${who} think about him`,
      ]),
      'say about him',
      'says about him',
      'said about him',
      'think of him',
      'thinks of him',
      'think about him',
      'thinks about him',
      'thought of him',
      'thought about him',
      'write about him',
      'writes about him',
      'wrote about him',
      'written about him',
    ],
    // "What do his references say?": what they say is the references themselves, never a word looked for.
    weakCues: ['say', 'says', 'said'],
  },
  [],
);
