import { describe, expect, it } from 'vitest';
import { converse } from './drive.js';

// With stdin not a terminal the console is a filter: one answer per line, nothing else.
describe('console with piped input', () => {
  it('given a slash command, answers it with the matching entry', async () => {
    const { transcript } = await converse(['/experience netflix']);
    expect(transcript.startsWith('Performance Architect at Netflix\n')).toBe(true);
    expect(transcript).toContain('Dec 2012 – May 2021');
  });

  it('given free text, routes it like the command it means', async () => {
    const { transcript } = await converse(['where did he study?']);
    expect(transcript).toContain('Pontifícia Universidade Católica do Rio Grande do Sul');
  });

  it('given several lines, answers each in order and ends at end of input', async () => {
    const { transcript, end } = await converse(['/skills kafka', '/projects flamescope', '/education']);
    expect(end).toBe('eof');
    const kafka = transcript.indexOf('Kafka');
    const flamescope = transcript.indexOf('FlameScope', kafka);
    const school = transcript.indexOf('PUCRS', flamescope);
    expect(kafka).toBeGreaterThanOrEqual(0);
    expect(flamescope).toBeGreaterThan(kafka);
    expect(school).toBeGreaterThan(flamescope);
  });

  it('prints no prompt, banner or farewell, and no colour', async () => {
    const { transcript } = await converse(['/contact']);
    expect(transcript.startsWith('Martin Spier\n')).toBe(true);
    expect(transcript).not.toContain('> ');
    expect(transcript).not.toContain('Bye');
    expect(transcript).not.toContain('\u001b');
  });

  it('given blank lines, skips them instead of answering nothing', async () => {
    const blank = await converse(['', '   ', '/about', '']);
    const plain = await converse(['/about']);
    expect(blank.transcript).toBe(plain.transcript);
  });

  it('given /help, lists every command', async () => {
    const { transcript } = await converse(['/help']);
    for (const name of ['/experience', '/skills', '/projects', '/education', '/contact', '/about']) expect(transcript).toContain(name);
  });

  it('given an unknown command, says so and suggests the real ones', async () => {
    const { transcript } = await converse(['/salary expectations']);
    expect(transcript).toContain('There is no /salary command');
    expect(transcript).toMatch(/Did you mean: .*\/experience/);
  });

  it('given /quit, stops and leaves the lines after it unanswered', async () => {
    const { transcript, end } = await converse(['/about', '/quit', '/experience netflix']);
    expect(end).toBe('quit');
    expect(transcript).toContain('Martin Spier');
    expect(transcript).not.toContain('Performance Architect at Netflix');
  });

  it('treats /exit like /quit, in any case', async () => {
    const { transcript, end } = await converse(['/EXIT', '/contact']);
    expect(end).toBe('quit');
    expect(transcript).toBe('');
  });

  it('given user text with terminal escapes, never echoes the escape back', async () => {
    const { transcript } = await converse(['/skills \u001b[2Jcobol\u0007']);
    expect(transcript).toContain('cobol');
    expect(transcript).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
