/**
 * Generated input for the fuzz tests: the pieces hostile or careless text is made of. One
 * set for every fuzz file, so a new trick added here (a mention form, a control character)
 * is tried against the core, the terminal, Slack and Discord alike. Each file composes its
 * own lengths and weights from these pieces.
 */
import fc from 'fast-check';

/** Slack's mention and link syntax, and escapes that must not be undone. */
export const slackMarkup = fc.constantFrom(
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U123>',
  '<@U0VICTIM1|victim>',
  '<#C1|general>',
  '<#C1>',
  '<!subteam^S1>',
  '<!subteam^S1|@team>',
  '<!date^1392734382^{date}|Feb 18>',
  '<https://evil.example|click me>',
  '<mailto:a@b.c|mail>',
  '&lt;!channel&gt;',
  '&amp;',
  '&',
  '<',
  '>',
  '|',
  '<<!here>>',
);

/** Discord's mentions and other <…> forms. */
export const discordSyntax = fc.constantFrom(
  '@everyone',
  '@here',
  '@channel',
  '<@123>',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '</skills:123>',
  '<t:1700000000:R>',
  '<:emoji:123>',
  '<a:x:123>',
);

/** Markdown of both platforms, masked links included. */
export const markdown = fc.constantFrom(
  '*',
  '**',
  '_',
  '__',
  '~',
  '~~',
  '`',
  '```',
  '*bold*',
  '_it_',
  '~gone~',
  '`code`',
  '|',
  '||',
  '||spoiler||',
  '>',
  '> quote',
  '>>>',
  '# ',
  '- ',
  '1. ',
  '\\',
  '[x](https://a.b)',
  '[click](https://evil.example/@everyone)',
  '<http://y>',
  'http://a.b/(x)',
);

/** C0 controls, terminal escapes, bidi overrides, zero-width characters and broken UTF-16. */
export const control = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\u001b]0;title\u0007',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u007f',
  '\u202e',
  '\u200b',
  '\u2060',
  '\ufeff',
  '\ud800',
  '\udc00',
);

/** Words that reach real answers, so the generated text exercises more than "nothing found". */
export const questionWords = fc.constantFrom(
  'netflix',
  'k8s',
  'kubernetes',
  'flame scope',
  '2015',
  'current',
  'what did he do at',
  'help',
  'before',
  'after',
  'contact',
  'phone',
  'about',
  'degree',
  'tool',
  'projects',
);

/** One piece of a question: free unicode, raw code units, markup of either platform, controls, real words. */
export function hostilePiece(extraWords?: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    { weight: 2, arbitrary: slackMarkup },
    { weight: 2, arbitrary: discordSyntax },
    { weight: 1, arbitrary: markdown },
    { weight: 2, arbitrary: control },
    { weight: 3, arbitrary: extraWords ? fc.oneof(questionWords, extraWords) : questionWords },
  );
}

/** Up to `maxPieces` pieces joined by spaces (or run together). */
export function hostilePhrase(piece: fc.Arbitrary<string>, maxPieces: number, separator = ' '): fc.Arbitrary<string> {
  return fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(separator));
}
