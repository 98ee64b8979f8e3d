/**
 * Facts recruiters ask that a JSON Resume has no place for: pay, age, willingness to move, the right to work, family,
 * faith, notice. Asked of a résumé that never says the words, no entry answers them: "what was her salary at Lingo
 * Labs?" is not the Lingo Labs role, and "is he open to relocating?" is not his profile.
 */
import { words } from './normalize.js';
import { STOPWORDS } from './stopwords.js';

/** Each fact by the name its message is kept under, with the phrases that ask for it (in English: questions are read so). */
const UNRECORDED: ReadonlyArray<readonly [fact: string, phrases: readonly string[]]> = [
  [
    'pay',
    // Not "pay" alone ("Pic Pay"), nor "earned", which is had ("earned a doctorate").
    [
      'salary',
      'salaries',
      'compensation',
      'wage',
      'wages',
      'income',
      'earns',
      'earnings',
      'how much does he earn',
      'how much does she earn',
      'how much do they earn',
      'how much did he earn',
      'how much did she earn',
      'how much did they earn',
      'paid',
      'his pay',
      'her pay',
      'their pay',
      'pay range',
      'hourly rate',
      'day rate',
    ],
  ],
  ['age', ['how old', 'age', 'birthday', 'date of birth', 'birth date']],
  ['birth', ['born', 'birthplace', 'place of birth']],
  ['relocation', ['relocate', 'relocating', 'relocation', 'move abroad', 'open to moving', 'willing to move']],
  ['authorisation', ['visa', 'sponsorship', 'work permit', 'green card', 'citizenship', 'citizen', 'nationality']],
  ['family', ['married', 'marital', 'spouse', 'wife', 'husband']],
  ['faith', ['religion', 'religious']],
  ['notice', ['notice period']],
];

/**
 * The fact the question asks for that no résumé records, unless this one's own words say it (`knows`): a role
 * "Compensation analyst" is asked about by that word.
 */
export function unrecordedAsked(said: readonly string[], knows: (word: string) => boolean): string | undefined {
  const text = ` ${said.join(' ')} `;
  for (const [fact, phrases] of ASKED) {
    const asked = phrases.find(({ spaced }) => text.includes(spaced));
    if (asked && !asked.own.every(knows)) return fact;
  }
  return undefined;
}

/** Each phrase spaced as a question's words are joined, with the words of it a résumé would say. */
const ASKED = UNRECORDED.map(
  ([fact, phrases]) =>
    [
      fact,
      phrases.map((phrase) => {
        const said = words(phrase);
        return { spaced: ` ${said.join(' ')} `, own: said.filter((w) => !STOPWORDS.has(w)) };
      }),
    ] as const,
);
