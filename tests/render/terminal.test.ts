import { describe, expect, it } from 'vitest';
import { makeAnswer, type Answer, type AnswerKind } from '../../src/model/answer.js';
import { renderTerminal } from '../../src/render/terminal.js';

const ESC = '\u001b';

const netflix: Answer = makeAnswer({
  kind: 'result',
  title: 'Performance Architect at Netflix',
  subtitle: 'Los Gatos, CA',
  body: 'Streaming.\nSecond paragraph.',
  fields: [
    { label: 'Dates', value: 'Jul 2014 – Nov 2021 · 7 yrs 5 mos' },
    { label: 'Location', value: 'Los Gatos, CA', inline: true },
  ],
  sections: [{ heading: 'Highlights', bullets: ['Built FlameScope', 'Led performance engineering'] }],
  links: [{ label: 'Website', url: 'https://netflix.com' }],
  suggestions: ['/projects flamescope'],
  matches: [{ section: 'work', id: 'work-1', title: 'Performance Architect at Netflix', score: 0.98 }],
  footer: 'Nov 2021 – Present',
});

describe('terminal renderer', () => {
  it('given a result, shows title, subtitle, body, fields, bullets, links, follow-ups and footer in that order', () => {
    const text = renderTerminal(netflix, { color: false });
    const order = [
      'Performance Architect at Netflix',
      'Los Gatos, CA',
      'Streaming.\nSecond paragraph.',
      'Dates:    Jul 2014',
      'Location: Los Gatos, CA',
      'Highlights',
      '  • Built FlameScope',
      '  • Led performance engineering',
      'Links\n  Website: https://netflix.com',
      'Try: /projects flamescope',
      'Nov 2021 – Present',
    ];
    let at = -1;
    for (const piece of order) {
      const found = text.indexOf(piece, at + 1);
      expect(found, `"${piece}" after position ${at}`).toBeGreaterThan(at);
      at = found;
    }
    expect(text.endsWith('\n')).toBe(true);
  });

  it('given the output is not a terminal, writes no ANSI escape at all', () => {
    expect(renderTerminal(netflix, { color: false })).not.toContain(ESC);
  });

  it('given a terminal, colours the title and resets after it', () => {
    const text = renderTerminal(netflix, { color: true });
    expect(text.startsWith(`${ESC}[1;36mPerformance Architect at Netflix${ESC}[0m`)).toBe(true);
  });

  it('given nothing matched, offers the suggestions as "Did you mean"', () => {
    const empty = makeAnswer({
      kind: 'empty',
      title: 'No role matches "gogle"',
      suggestions: ['/experience google cloud', '/experience globo'],
    });
    expect(renderTerminal(empty, { color: false })).toBe(
      'No role matches "gogle"\n\nDid you mean: /experience google cloud, /experience globo\n',
    );
  });

  it.each<[AnswerKind, string]>([
    ['result', '1;36'],
    ['list', '1;36'],
    ['help', '1'],
    ['empty', '1;33'],
    ['refusal', '1;33'],
    ['error', '1;31'],
  ])('renders a %s answer with its own title style', (kind, code) => {
    const answer = makeAnswer({ kind, title: `A ${kind} answer`, body: 'Details.' });
    const plain = renderTerminal(answer, { color: false });
    expect(plain).toBe(`A ${kind} answer\n\nDetails.\n`);
    const coloured = renderTerminal(answer, { color: true });
    expect(coloured.startsWith(`${ESC}[${code}mA ${kind} answer${ESC}[0m`)).toBe(true);
  });

  it('given an empty section, leaves it out instead of printing a bare heading', () => {
    const answer = makeAnswer({ kind: 'list', title: 'Skills', sections: [{ heading: '', bullets: [] }] });
    expect(renderTerminal(answer, { color: false })).toBe('Skills\n');
  });

  it('given text with terminal escapes (from the résumé or the user), cannot move the cursor or recolour the screen', () => {
    const hostile = makeAnswer({
      kind: 'empty',
      title: `No role matches "${ESC}[2J${ESC}]0;pwned\u0007x"`,
      body: `line one\r\nline ${ESC}[31mtwo\u0008`,
      suggestions: [`/skills ${ESC}[5m`],
      fields: [{ label: 'Note', value: 'a\u009bb' }],
    });
    for (const color of [false, true]) {
      const text = renderTerminal(hostile, { color });
      // Only the renderer's own colour codes may remain.
      const stray = text.replace(/\u001b\[[0-9;]*m/g, '');
      expect(stray).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      if (!color) expect(text).toContain('line one\nline [31mtwo');
    }
  });

  it('given a multi-line field value, indents its continuation under the value', () => {
    const answer = makeAnswer({ kind: 'result', title: 'Contact', fields: [{ label: 'Address', value: '1 Main St\nLos Gatos' }] });
    expect(renderTerminal(answer, { color: false })).toBe('Contact\n\n  Address: 1 Main St\n           Los Gatos\n');
  });
});
