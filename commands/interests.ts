import { english } from '../src/i18n/catalogue.js';
import type { Resume } from '../src/resume/schema.js';
import { entryCommand, type EntryKind } from './entries.js';

type Interest = Resume['interests'][number];

const kind: EntryKind<Interest> = {
  section: 'interests',
  noun: 'interest',
  plural: 'interests',
  heading: 'Interests',
  entries: (resume) => resume.interests,
  title: (interest, messages = english()) => interest.name ?? messages.t('interests.unnamed'),
  identity: (interest) => [interest.name],
  // "Bouldering", "Top rope": what the interest is about, so "does she climb?" finds Rock Climbing.
  facets: (interest) => interest.keywords,
  content: () => [],
  line: (interest) => [interest.name, interest.keywords.join(', ')].filter(Boolean).join(' · '),
  detail: (interest, _i, _now, messages) => ({
    sections: interest.keywords.length ? [{ heading: messages.t('interests.keywords'), bullets: interest.keywords }] : [],
  }),
  completions: (interest) => interest.keywords,
};

export const interests = entryCommand(
  {
    name: 'interests',
    description: 'Interests and hobbies outside work',
    usageHint: '[interest, e.g. climbing]',
    option: { name: 'query', description: 'An interest or a hobby, e.g. climbing (empty: every interest)', autocomplete: true },
    examples: ['interests', 'interests climbing', 'interests cooking'],
    slash: true,
  },
  kind,
  {
    priority: 50,
    strict: true,
    traits: true,
    cues: [
      'interest',
      'interests',
      'hobby',
      'hobbies',
      'pastime',
      'pastimes',
      'free time',
      'spare time',
      'for fun',
      'passion',
      'passions',
      'enjoy',
      'enjoys',
      'outside work',
      'outside of work',
      'weekends',
      'off work',
      'interested in',
    ],
    // "Does he like golf?": liking something is an interest, when the question asks for nothing else.
    weakCues: ['like', 'likes', 'love', 'loves', 'play', 'plays', 'is he into', 'are they into'],
  },
  [],
);
