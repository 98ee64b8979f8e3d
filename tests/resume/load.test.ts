import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstInvalidUtf8, formatJsonPath, loadResumeFile, parseResumeText, ResumeFileError } from '../../src/resume/load.js';

const dir = mkdtempSync(join(tmpdir(), 'resume-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** The error loading `file` throws; fails the test when it loads. */
function loadError(file: string): ResumeFileError {
  try {
    loadResumeFile(file);
  } catch (error) {
    if (error instanceof ResumeFileError) return error;
    throw error;
  }
  throw new Error(`${file} loaded, but it should not have`);
}

const valid = JSON.stringify({ basics: { name: 'Ada Lovelace' }, work: [{ name: 'Engine', startDate: '1842-10' }] }, null, 2);

describe('reading the file', () => {
  it('given a valid file, returns the parsed résumé', () => {
    const resume = loadResumeFile(write('valid.json', valid));
    expect(resume.basics.name).toBe('Ada Lovelace');
    expect(resume.work[0]?.startDate).toEqual({ year: 1842, month: 10 });
  });

  it('given the committed data/resume.json, loads it', () => {
    expect(loadResumeFile('data/resume.json').basics.name).toBe('Martin Spier');
  });

  it('given a path that does not exist, names the absolute path and says it is not found', () => {
    const file = join(dir, 'nope.json');
    const error = loadError(file);
    expect(error.file).toBe(file);
    expect(error.message).toBe(`${file}: invalid résumé\n  - file not found`);
  });

  it('given a relative path, reports it resolved, so the reader knows which file was meant', () => {
    const error = loadError('does/not/exist.json');
    expect(error.file).toBe(join(process.cwd(), 'does/not/exist.json'));
  });

  it('given a directory, says it is a directory', () => {
    const sub = join(dir, 'a-dir');
    mkdirSync(sub);
    expect(loadError(sub).problems).toEqual(['is a directory, not a file']);
  });

  it('given a UTF-8 byte-order mark, ignores it', () => {
    expect(loadResumeFile(write('bom.json', `\uFEFF${valid}`)).basics.name).toBe('Ada Lovelace');
  });

  it('given a file saved as Latin-1, names the first byte that is not UTF-8 and where it is', () => {
    const latin1 = Buffer.from('{\n  "basics": { "name": "Pontif\xedcia" }\n}', 'latin1');
    const error = loadError(write('latin1.json', latin1));
    expect(error.problems).toEqual(['line 2, column 30: byte 0xED is not UTF-8 text: save the file as UTF-8']);
  });

  it.each([
    ['an overlong form', [0xc0, 0x80], '0xC0'],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], '0xED'],
    ['a character cut short', [0xe2, 0x82], '0xE2'],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], '0xF4'],
  ])('given %s inside a name, refuses the file at that byte', (_what, bytes, shown) => {
    const file = Buffer.concat([Buffer.from('{\n  "basics": { "name": "Ada'), Buffer.from(bytes), Buffer.from('" }\n}')]);
    expect(loadError(write('malformed.json', file)).problems).toEqual([
      `line 2, column 27: byte ${shown} is not UTF-8 text: save the file as UTF-8`,
    ]);
  });

  it('given a UTF-16 file, refuses it at its first byte instead of reading garbage', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid, 'utf16le')]);
    expect(loadError(write('utf16.json', utf16)).problems).toEqual([
      'line 1, column 1: byte 0xFF is not UTF-8 text: save the file as UTF-8',
    ]);
  });
});

describe('invalid JSON', () => {
  // Each case: the text, and the exact line, column and problem a person should be shown.
  const cases: Array<[string, string, string]> = [
    [
      'a trailing comma in an object',
      '{\n  "basics": {\n    "name": "Ada",\n  }\n}',
      'line 4, column 3: trailing comma: JSON allows no "," before "}"',
    ],
    [
      'a trailing comma in a list',
      '{\n  "basics": { "name": "Ada" },\n  "work": [\n    {},\n  ]\n}',
      'line 5, column 3: trailing comma: JSON allows no "," before "]"',
    ],
    [
      'a missing closing quote',
      '{\n  "basics": {\n    "name": "Ada,\n    "label": "Analyst"\n  }\n}',
      "line 3, column 18: line break inside a string: close the string opened at line 3, column 13 with '\"' (or write \\n)",
    ],
    ['a missing opening quote', '{\n  "basics": {\n    "name": Ada"\n  }\n}', 'line 3, column 13: expected a value, found "A"'],
    ['a name without quotes', '{\n  basics: {}\n}', 'line 2, column 3: expected a double-quoted property name, found "b"'],
    [
      'single quotes',
      "{\n  'basics': {}\n}",
      'line 2, column 3: expected a double-quoted property name, found "\'" (JSON strings and names need double quotes)',
    ],
    [
      'a missing comma between properties',
      '{\n  "basics": { "name": "Ada" }\n  "work": []\n}',
      'line 3, column 3: expected "," or "}" after the property, found \'"\' (is a "," missing?)',
    ],
    ['a missing colon', '{\n  "basics" { }\n}', 'line 2, column 12: expected ":" after the property name, found "{"'],
    [
      'a file cut off in the middle',
      '{\n  "basics": {\n    "name": "Ada"\n',
      'line 4, column 1: expected "," or "}" after the property, found the end of the file',
    ],
    [
      'a file cut off inside a string',
      '{\n  "basics": {\n    "name": "Ad',
      'line 3, column 16: unterminated string: the file ends before the string opened at line 3, column 13 is closed',
    ],
    [
      'garbage after the value',
      '{\n  "basics": { "name": "Ada" }\n}\n}',
      'line 4, column 1: unexpected "}" after the end of the JSON value',
    ],
    [
      'two documents in one file',
      '{"basics": {"name": "A"}}\n{"basics": {"name": "B"}}',
      'line 2, column 1: unexpected "{" after the end of the JSON value',
    ],
    [
      'a comment',
      '{\n  // who\n  "basics": {}\n}',
      'line 2, column 3: expected a double-quoted property name, found "/" (JSON does not allow comments)',
    ],
    ['an empty file', '', 'line 1, column 1: expected a value, found the end of the file'],
    [
      'a bad escape',
      '{"basics": {"name": "C:\\Users"}}',
      'line 1, column 25: bad escape \\U: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX',
    ],
    ['a tab inside a string', '{"basics": {"name": "A\tB"}}', 'line 1, column 23: control character U+0009 inside a string: escape it'],
    ['a number with a leading zero', '{"n": 007}', 'line 1, column 8: expected "," or "}" after the property, found "0"'],
    ['a bare minus sign', '{"n": -}', 'line 1, column 8: expected a digit after "-", found "}"'],
    ['a misspelt literal', '{"n": nul}', 'line 1, column 10: expected "null", found "}"'],
  ];

  it.each(cases)('given %s, names the file, line and column and the problem', (_kind, text, problem) => {
    const file = write('broken.json', text);
    const error = loadError(file);
    expect(error.message).toBe(`${file}: invalid résumé\n  - ${problem}`);
  });

  it('given Windows line endings, counts lines the way an editor does', () => {
    expect(() => parseResumeText('{\r\n  "basics": {\r\n    "name": "Ada",\r\n  }\r\n}', 'crlf.json')).toThrow(
      'crlf.json: invalid résumé\n  - line 4, column 3: trailing comma: JSON allows no "," before "}"',
    );
  });

  it('given accents and emoji before the error, counts columns in characters, not bytes or UTF-16 units', () => {
    expect(() => parseResumeText('{"basics": {"name": "Pontifícia 🎓",}}', 'u.json')).toThrow('line 1, column 36: trailing comma');
  });

  it('given a byte-order mark, counts columns from the first visible character', () => {
    expect(() => parseResumeText('\uFEFF{"a": 1,}', 'bom.json')).toThrow('line 1, column 9: trailing comma');
  });
});

describe('schema errors from a file', () => {
  it('given a valid JSON file with a bad date, names the file, the JSON path and the problem', () => {
    const file = write(
      'bad-date.json',
      JSON.stringify({ basics: { name: 'A' }, work: [{ startDate: '2020-01' }, { startDate: '2020/01' }] }),
    );
    expect(loadError(file).message).toBe(
      `${file}: invalid résumé\n  - work[1].startDate: "2020/01" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  });

  it('given several problems, lists each on its own line', () => {
    const file = write('bad-many.json', JSON.stringify({ basics: {}, work: [{ highlights: 'x' }] }));
    expect(loadError(file).message).toBe(
      `${file}: invalid résumé\n  - basics.name: missing: every résumé needs the person's name\n  - work[0].highlights: expected a list ([...]), found the text "x"`,
    );
  });
});

describe('formatJsonPath', () => {
  it('writes indexes in brackets and names with dots, quoting names that are not identifiers', () => {
    expect(formatJsonPath(['work', 1, 'startDate'])).toBe('work[1].startDate');
    expect(formatJsonPath(['skills', 0, 'keywords', 3])).toBe('skills[0].keywords[3]');
    expect(formatJsonPath(['aliases', 'c++'])).toBe('aliases["c++"]');
    expect(formatJsonPath([])).toBe('(root)');
  });
});

describe('firstInvalidUtf8', () => {
  it('accepts every well-formed sequence and points at the first malformed one', () => {
    expect(firstInvalidUtf8(Buffer.from('aé€🎓', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong "\0"
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // a UTF-16 surrogate
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2); // truncated "€"
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
  });
});
