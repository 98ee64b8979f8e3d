import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, locateJsonError } from '../../src/resume/json-error.js';

/** V8 as the oracle: what JSON.parse says about `text`, or null when it parses. */
function v8Verdict(text: string): { message: string } | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return { message: (error as Error).message };
  }
}

/**
 * Where V8 says the error is, when its message says: "at position N", "Unexpected end of
 * JSON input" (the end), or "Unexpected token 'X'" (some character X, position unknown).
 */
function v8Position(text: string, message: string): { offset: number } | { token: string } | null {
  const at = /at position (\d+)/.exec(message);
  if (at) return { offset: Number(at[1]) };
  if (message.startsWith('Unexpected end of JSON input')) return { offset: text.length };
  const token = /^Unexpected token '(.+?)', /su.exec(message);
  if (token) return { token: token[1]! };
  return null;
}

// Valid JSON in the shapes people save: compact, indented with spaces or tabs, CRLF.
const validJson = fc.oneof(
  fc.json(),
  fc.tuple(fc.jsonValue(), fc.constantFrom(0, 2, 4, '\t'), fc.boolean()).map(([value, indent, crlf]) => {
    const text = JSON.stringify(value, null, indent) ?? 'null';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  }),
  fc.string({ unit: 'grapheme' }).map((s) => JSON.stringify({ basics: { name: s } })),
);

/** A valid document with one edit of the kind a hand-edit or a cut-off write makes. */
const brokenJson = fc
  .tuple(
    validJson,
    fc.nat(),
    fc.constantFrom('delete', 'insert', 'replace', 'truncate'),
    fc.constantFrom(...',:{}[]"\'\\ \n\tx0-.e/'.split('')),
  )
  .map(([text, n, edit, ch]) => {
    const at = text.length === 0 ? 0 : n % text.length;
    switch (edit) {
      case 'delete':
        return text.slice(0, at) + text.slice(at + 1);
      case 'insert':
        return text.slice(0, at) + ch + text.slice(at);
      case 'replace':
        return text.slice(0, at) + ch + text.slice(at + 1);
      default:
        return text.slice(0, at);
    }
  });

describe('locateJsonError on valid JSON', () => {
  it('given any JSON that fast-check generates, finds no error', () => {
    fc.assert(
      fc.property(validJson, (text) => {
        expect(locateJsonError(text)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('given JSON nested a hundred thousand levels deep, scans it without overflowing the stack', () => {
    const depth = 100_000;
    expect(locateJsonError('['.repeat(depth) + ']'.repeat(depth))).toBeNull();
    expect(locateJsonError(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)).toBeNull();
  });
});

describe('locateJsonError on broken JSON', () => {
  it('given a text JSON.parse rejects, always finds an error, and at the position V8 names', () => {
    let compared = 0;
    fc.assert(
      fc.property(brokenJson, (text) => {
        const verdict = v8Verdict(text);
        const found = locateJsonError(text);
        if (verdict === null) {
          expect(found).toBeNull();
          return;
        }
        expect(found, `V8 rejects ${JSON.stringify(text)} (${verdict.message})`).not.toBeNull();
        const v8 = v8Position(text, verdict.message);
        if (v8 && 'offset' in v8) {
          compared++;
          expect(found!.offset, `${JSON.stringify(text)}: V8 says ${verdict.message}`).toBe(v8.offset);
        } else if (v8) {
          compared++;
          // V8 names a UTF-16 unit: half an emoji is shown as that half.
          expect(text.slice(found!.offset, found!.offset + v8.token.length), `${JSON.stringify(text)}: V8 says ${verdict.message}`).toBe(
            v8.token,
          );
        }
      }),
      { numRuns: 3000 },
    );
    // The comparison must actually have happened, not been skipped for every case.
    expect(compared).toBeGreaterThan(1000);
  });

  it('given a truncated deeply nested file, reports the end of the file instead of overflowing', () => {
    const text = '['.repeat(100_000);
    expect(locateJsonError(text)).toEqual({
      line: 1,
      column: 100_001,
      offset: 100_000,
      problem: 'expected a value, found the end of the file',
    });
  });

  it('given an unterminated \\u escape, points at the character that is not a hex digit', () => {
    expect(locateJsonError('"\\u12G4"')).toMatchObject({ offset: 5, problem: 'bad \\u escape: expected 4 hex digits, found "G"' });
    expect(locateJsonError('"\\u12')).toMatchObject({ offset: 5, problem: 'unterminated \\u escape: the file ends inside it' });
  });

  it('given numbers missing their digits, points just after the sign, the dot or the exponent', () => {
    expect(locateJsonError('[1.]')).toMatchObject({ offset: 3, problem: 'expected a digit after ".", found "]"' });
    expect(locateJsonError('[1e+]')).toMatchObject({ offset: 4, problem: 'expected a digit in the exponent, found "]"' });
    expect(locateJsonError('[.5]')).toMatchObject({ offset: 1, problem: 'expected a value, found "."' });
  });
});

describe('lineAndColumn', () => {
  it('given \\n-only text, agrees with splitting the text into lines', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary-ascii' }).map((s) => s.replace(/[\r\n]/g, ''))), fc.nat(), (lines, n) => {
        const text = lines.join('\n');
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        const before = text.slice(0, offset).split('\n');
        expect(lineAndColumn(text, offset)).toEqual({ line: before.length, column: before[before.length - 1]!.length + 1 });
      }),
    );
  });

  it('ends lines at \\n, \\r\\n and a lone \\r alike', () => {
    expect(lineAndColumn('a\nb\r\nc\rd', 8)).toEqual({ line: 4, column: 2 });
  });
});
