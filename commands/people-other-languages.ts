/**
 * "Who speaks a language other than English?", "anyone speak something besides spanish?": whoever lists a spoken
 * language that is not the one named, each with those languages. "A native speaker of a language other than English"
 * counts only the languages they speak natively. A language listed in its own words ("Español") is the one it names
 * in English.
 */
import { englishOf } from '../src/query/language.js';
import { LEAVING_OUT } from '../src/query/left-out.js';
import { fold, normalize } from '../src/query/normalize.js';
import type { CommandContext, PersonContext } from './definition.js';
import { englishLanguageName, languageMeant } from './language-names.js';
import type { Plan } from './people-candidates.js';
import { countLine, NATIVE_ASKED } from './people-count.js';
import { isNative } from './people-levels.js';
import { everyPlace } from './people-places.js';
import { SPOKEN_LANGUAGES } from './spoken-languages.js';

/** The one left out, said last: "other than english", "besides spanish", "apart from english and spanish" is not read. */
const LEFT_OUT = new RegExp(String.raw`\b(?:${LEAVING_OUT})\s+(?:the\s+)?([a-z]+)(?:\s+(?:natively|fluently))?$`);
/** What asks for spoken languages before it. */
const SPOKEN = /\b(?:speak|speaks|speaking|spoken|language|languages|native|natively|fluent)\b/;

const spoken = new Set(SPOKEN_LANGUAGES);
/** A language's name in English, lower case: "Español" is "spanish". */
const inEnglish = (name: string | undefined): string => fold(englishLanguageName(name) ?? name ?? '').trim();

/** The plan of a question asking for a spoken language other than one, or null when it asks none. */
export function otherLanguagesPlan(text: string, all: readonly PersonContext[], context: CommandContext): Plan | null {
  const said = englishOf(text) ?? normalize(text);
  const left = LEFT_OUT.exec(said);
  if (!left || !SPOKEN.test(said.slice(0, left.index))) return null;
  const excluded = languageMeant(left[1]!) ?? left[1]!;
  if (!spoken.has(excluded)) return null;
  const native = NATIVE_ASKED.test(said);
  const fitting = (person: PersonContext) => {
    const own = person.resume.languages
      .filter((entry) => (!native || isNative(entry.fluency)) && inEnglish(entry.language) !== excluded)
      .map((entry) => entry.language ?? '');
    if (!own.length) return null;
    return { person, line: countLine(own.length, 'section.languages', own, context.messages), score: 1 };
  };
  return { candidates: everyPlace(all), fitting, asked: [], everyone: true };
}
