/**
 * Locates a JSON syntax error as line and column. V8's JSON.parse messages only
 * sometimes carry a position, so when parsing fails we re-scan the text with a small
 * strict scanner (RFC 8259) that knows exactly where it stopped.
 *
 * The position reported is the first character at which the text stops being the start
 * of any valid JSON document: for `{"a": 1,}` the `}`, for a truncated file its end.
 * That is also where V8 points whenever its message names a position.
 *
 * The scanner keeps its own stack instead of recursing, so a file of a million `[` is
 * reported, not a stack overflow.
 */

export interface JsonErrorLocation {
  /** 1-based. */
  line: number;
  /** 1-based, in characters (code points) from the start of the line. */
  column: number;
  problem: string;
  /** 0-based offset in the text (UTF-16 code units), where the scanner stopped. */
  offset: number;
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** How a found character is named: `"}"`, `'"'`, "a line break", "the end of the file". */
function describe(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (ch === '\n' || ch === '\r') return 'a line break';
  if (ch === '"') return `'"'`;
  return JSON.stringify(ch);
}

/** A hint for the mistakes people actually make when they hand-edit JSON. */
function hint(ch: string | undefined): string {
  if (ch === "'") return ' (JSON strings and names need double quotes)';
  if (ch === '/' || ch === '#') return ' (JSON does not allow comments)';
  return '';
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isHex = (ch: string | undefined): boolean => ch !== undefined && /^[0-9a-fA-F]$/.test(ch);

function scan(text: string): void {
  let i = 0;
  const fail = (expected: string, extra = ''): never => {
    throw new ScanError(i, `expected ${expected}, found ${describe(text[i])}${hint(text[i]) || extra}`);
  };
  const ws = () => {
    while (i < text.length) {
      const ch = text[i];
      if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') break;
      i++;
    }
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail(`"${word}"`);
      i++;
    }
  };
  const string = () => {
    const start = i;
    i++; // the opening quote, checked by the caller
    for (;;) {
      const ch = text[i];
      if (ch === undefined)
        throw new ScanError(i, `unterminated string: the file ends before the string opened at ${where(text, start)} is closed`);
      if (ch === '"') break;
      if (ch === '\n' || ch === '\r')
        throw new ScanError(i, `line break inside a string: close the string opened at ${where(text, start)} with '"' (or write \\n)`);
      if (ch < ' ')
        throw new ScanError(
          i,
          `control character U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} inside a string: escape it`,
        );
      if (ch === '\\') {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!isHex(text[i])) {
              if (text[i] === undefined) throw new ScanError(i, 'unterminated \\u escape: the file ends inside it');
              throw new ScanError(i, `bad \\u escape: expected 4 hex digits, found ${describe(text[i])}`);
            }
          }
        } else if (esc === undefined) {
          throw new ScanError(i, 'unterminated string: the file ends after a backslash');
        } else if (!'"\\/bfnrt'.includes(esc)) {
          throw new ScanError(i, `bad escape \\${esc}: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX`);
        }
      }
      i++;
    }
    i++;
  };
  const digits = (what: string) => {
    if (!isDigit(text[i])) fail(what);
    while (isDigit(text[i])) i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits(text[i - 1] === '-' ? 'a digit after "-"' : 'a value');
    if (text[i] === '.') {
      i++;
      digits('a digit after "."');
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits('a digit in the exponent');
    }
  };
  const propertyName = () => {
    if (text[i] !== '"') fail('a double-quoted property name');
    string();
    ws();
    if (text[i] !== ':') fail('":" after the property name');
    i++;
  };

  const stack: Array<'}' | ']'> = [];
  for (;;) {
    // A value.
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') i++;
      else {
        propertyName();
        stack.push('}');
        continue;
      }
    } else if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') i++;
      else {
        stack.push(']');
        continue;
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || isDigit(ch)) number();
    else fail('a value');

    // After a value: close what is complete, or move to the next element.
    for (;;) {
      ws();
      const close = stack[stack.length - 1];
      if (close === undefined) {
        if (i < text.length) throw new ScanError(i, `unexpected ${describe(text[i])} after the end of the JSON value${hint(text[i])}`);
        return;
      }
      if (text[i] === close) {
        i++;
        stack.pop();
        continue;
      }
      if (text[i] === ',') {
        i++;
        ws();
        if (text[i] === close) throw new ScanError(i, `trailing comma: JSON allows no "," before "${close}"`);
        if (close === '}') propertyName();
        break;
      }
      const what = close === '}' ? 'property' : 'element';
      fail(`"," or "${close}" after the ${what}`, text[i] === '"' ? ' (is a "," missing?)' : '');
    }
  }
}

/** "line 3, column 5" for an offset, as an editor would show it. */
function where(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}`;
}

/**
 * 1-based line and column of a UTF-16 offset. Lines end at \n, \r\n or a lone \r;
 * columns count characters (an emoji is one), as editors show them.
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  const end = Math.min(offset, text.length);
  for (let k = 0; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) {
      line++;
      column = 1;
    } else if (code === 0x0d) {
      // the \r of a \r\n: the \n ends the line
    } else if (code >= 0xd800 && code <= 0xdbff && k + 1 < end && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
      // a surrogate pair is one character
    } else {
      column++;
    }
  }
  return { line, column };
}

/** Where and why `text` is not valid JSON; null when it is valid. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  try {
    scan(text);
    return null;
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { ...lineAndColumn(text, error.offset), problem: error.message, offset: error.offset };
  }
}
