/**
 * The terminal renderer: a neutral Answer as plain lines of text for the console and the
 * CLI. Colour (ANSI) only when the caller says the output is a terminal; piped output stays
 * plain so it can be grepped, diffed and stored. No wrapping: the terminal does that.
 */
import { messagesFor, type Messages } from '../i18n/catalogue.js';
import type { Answer, AnswerKind } from '../model/answer.js';

export interface TerminalRenderOptions {
  /** Emit ANSI colour. Callers pass `stream.isTTY` (and honour NO_COLOR). */
  color: boolean;
}

const CODES = {
  bold: '1',
  dim: '2',
  underline: '4',
  red: '31',
  green: '32',
  yellow: '33',
  cyan: '36',
} as const;

type Style = keyof typeof CODES;

/**
 * Résumé text and the user's own words end up in these answers. Control characters
 * (ESC above all) are dropped so neither can move the cursor, retitle the window or
 * recolour the terminal; newlines and tabs survive where a paragraph allows them.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_INLINE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_BLOCK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * The same classes, asked only whether a text holds one: most texts hold none, and one scan then replaces two
 * that find nothing to replace (a long answer's text is a few hundred strings).
 */
const HAS_CONTROL_INLINE = new RegExp(CONTROL_INLINE.source);
const HAS_CONTROL_BLOCK = new RegExp(CONTROL_BLOCK.source);

/** One line of text: any line break inside becomes a space. */
function inline(text: string): string {
  // A line break is a control character too (\r, \n): without one, neither replacement changes anything.
  return HAS_CONTROL_INLINE.test(text) ? text.replace(/\r\n?|\n/g, ' ').replace(CONTROL_INLINE, '') : text;
}

/** A paragraph: line breaks kept, carriage returns normalised. */
function block(text: string): string {
  // \r is in the block class: a text without any of it has nothing to normalise or drop.
  return HAS_CONTROL_BLOCK.test(text) ? text.replace(/\r\n?/g, '\n').replace(CONTROL_BLOCK, '') : text;
}

function titleStyle(kind: AnswerKind): Style[] {
  switch (kind) {
    case 'result':
    case 'list':
      return ['bold', 'cyan'];
    case 'help':
      return ['bold'];
    case 'empty':
      return ['bold', 'yellow'];
    case 'refusal':
      return ['bold', 'yellow'];
    case 'error':
      return ['bold', 'red'];
    default: {
      // A new kind must be given a style here, not silently rendered unstyled.
      const unknown: never = kind;
      throw new Error(`no terminal style for answer kind ${String(unknown)}`);
    }
  }
}

/** What a suggestion line is called depends on whether anything was found. */
function suggestionLabel(kind: AnswerKind, messages: Messages): string {
  return kind === 'empty' || kind === 'refusal' || kind === 'error' ? messages.t('render.didYouMean') : messages.t('render.try');
}

export function renderTerminal(answer: Answer, options: TerminalRenderOptions): string {
  const paint = (text: string, ...styles: Style[]) =>
    options.color && styles.length > 0 && text !== '' ? `\u001b[${styles.map((s) => CODES[s]).join(';')}m${text}\u001b[0m` : text;

  const blocks: string[][] = [];

  const head = [paint(inline(answer.title), ...titleStyle(answer.kind))];
  if (answer.subtitle) head.push(paint(inline(answer.subtitle), 'dim'));
  blocks.push(head);

  if (answer.body?.trim()) blocks.push(block(answer.body.trim()).split('\n'));

  if (answer.fields.length > 0) {
    const width = Math.max(...answer.fields.map((f) => inline(f.label).length));
    blocks.push(
      answer.fields.map((f) => {
        const label = `${inline(f.label)}:`.padEnd(width + 1);
        // A multi-line value continues under its first line, aligned with it.
        const [first = '', ...rest] = block(f.value).split('\n');
        const pad = ' '.repeat(width + 4);
        return [`  ${paint(label, 'bold')} ${first}`, ...rest.map((line) => `${pad}${line}`)].join('\n');
      }),
    );
  }

  for (const section of answer.sections) {
    if (section.bullets.length === 0 && !section.heading) continue;
    const lines: string[] = [];
    if (section.heading) lines.push(paint(inline(section.heading), 'bold'));
    for (const bullet of section.bullets) lines.push(`  • ${inline(bullet)}`);
    blocks.push(lines);
  }

  if (answer.links.length > 0) {
    const links = answer.links.map((l) => `  ${inline(l.label)}: ${paint(inline(l.url), 'underline')}`);
    blocks.push([paint(messagesFor(answer.locale).t('render.links'), 'bold'), ...links]);
  }

  if (answer.suggestions.length > 0) {
    const list = answer.suggestions.map((s) => paint(inline(s), 'green')).join(', ');
    blocks.push([`${suggestionLabel(answer.kind, messagesFor(answer.locale))}: ${list}`]);
  }

  // A terminal cannot attach a file: say how to get it.
  for (const file of (answer.attachments ?? []).filter((a) => a.kind === 'cv'))
    blocks.push([`${paint(inline(file.label), 'bold')}: resume-bot /cv --pdf ${inline(file.filename)}`]);
  if (answer.footer) blocks.push([paint(inline(answer.footer), 'dim')]);

  // One join over every line, a blank one between blocks: not a string per block and then another over those.
  const out: string[] = [];
  blocks.forEach((lines, i) => {
    if (i > 0) out.push('');
    if (lines.length === 0) out.push('');
    else for (const line of lines) out.push(line);
  });
  return `${out.join('\n')}\n`;
}
