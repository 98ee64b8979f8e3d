import { english } from '../src/i18n/catalogue.js';
import type { Resume } from '../src/resume/schema.js';
import { entryCommand, type EntryKind } from './entries.js';
import { englishLanguageName, languageMeant } from './language-names.js';
import { SPOKEN_LANGUAGES } from './spoken-languages.js';

type Language = Resume['languages'][number];

const kind: EntryKind<Language> = {
  section: 'languages',
  noun: 'language',
  plural: 'languages',
  heading: 'Languages',
  entries: (resume) => resume.languages,
  title: (lang, messages = english()) => lang.language ?? messages.t('languages.unnamed'),
  // Named in another language ("Español"), it is found by its English name too.
  identity: (lang) => [lang.language, englishLanguageName(lang.language)],
  // Asked for in another language ("basco"), by its English name: only as a whole word, never a prefix of one.
  meant: languageMeant,
  facets: (lang) => [lang.fluency],
  content: () => [],
  line: (lang) => [lang.language, lang.fluency].filter(Boolean).join(' · '),
  detail: (lang, _i, _now, messages) => ({
    subtitle: lang.fluency,
    fields: lang.fluency ? [{ label: messages.t('languages.fluency'), value: lang.fluency, inline: true }] : [],
  }),
};

export const languages = entryCommand(
  {
    name: 'languages',
    description: 'Spoken languages and how fluently',
    usageHint: '[language, e.g. spanish]',
    option: { name: 'query', description: 'A language or a fluency, e.g. spanish (empty: every language)', autocomplete: true },
    examples: ['languages', 'languages spanish', 'languages native'],
    slash: true,
  },
  kind,
  {
    // Spoken languages: "what languages does she speak" is never a skills group that happens to be called "Languages".
    priority: 50,
    strict: true,
    degrees: true,
    cues: [
      'language',
      'languages',
      'speak',
      'speaks',
      'spoken',
      'fluent',
      'fluently',
      'fluency',
      'bilingual',
      'trilingual',
      'multilingual',
      'polyglot',
      'native language',
      'mother tongue',
      'native speaker',
      'foreign language',
      'foreign languages',
      // How well someone speaks: their fluency, never a language called "well".
      'how well does he speak',
      'how well does she speak',
      'how well do they speak',
      'how well can he speak',
      'how well can she speak',
    ],
    namedAlone: SPOKEN_LANGUAGES,
  },
  [],
);
