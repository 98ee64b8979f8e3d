/**
 * Chat's shorthand for ordinary words ("who's lena working for rn", "which google cert does daniel hav", "any python
 * exp?"): each read as the word it stands for before the question is routed, as if typed in full.
 */
const SHORTHAND: Readonly<Record<string, string>> = {
  rn: 'now',
  atm: 'now',
  hav: 'have',
  b4: 'before',
  ppl: 'people',
  yrs: 'years',
  yr: 'year',
  exp: 'experience',
  mgmt: 'management',
  uni: 'university',
  langs: 'languages',
  lang: 'language',
  w: 'with',
};

const SAID = new RegExp(`(?:^| )(?:${Object.keys(SHORTHAND).join('|')})(?= |$)`);

/** The normalized words with shorthand spelled out. */
export function shorthandSpelledOut(normalized: string): string {
  if (!SAID.test(normalized)) return normalized;
  return normalized
    .split(' ')
    .map((w) => SHORTHAND[w] ?? w)
    .join(' ');
}
