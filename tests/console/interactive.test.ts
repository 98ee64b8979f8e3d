import { describe, expect, it } from 'vitest';
import { startConsole } from './drive.js';

// A person at a terminal: readline in terminal mode, fed keystrokes.
const ENTER = '\r';
const UP = '\u001b[A';
const TAB = '\t';
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';

const count = (text: string, piece: string) => text.split(piece).length - 1;

describe('interactive console', () => {
  it("greets with the person's name, shows a prompt and how to leave", async () => {
    const session = startConsole({ interactive: true });
    session.input.write(CTRL_D);
    await session.ended;
    expect(session.output()).toContain("Chatting with Martin Spier's résumé.");
    expect(session.output()).toContain('/quit or Ctrl-D to leave');
    expect(session.output()).toContain('resume> ');
  });

  it('given a typed command, answers it and prompts again', async () => {
    const session = startConsole({ interactive: true });
    session.input.write(`/experience netflix${ENTER}`);
    session.input.write(CTRL_D);
    expect(await session.ended).toBe('eof');
    const out = session.output();
    const answer = out.indexOf('Performance Architect at Netflix\n');
    expect(answer).toBeGreaterThan(0);
    expect(out.indexOf('resume> ', answer)).toBeGreaterThan(answer);
    expect(out).toContain('Bye.');
  });

  it('given the up arrow, recalls the previous question from history', async () => {
    const session = startConsole({ interactive: true });
    session.input.write(`/contact${ENTER}`);
    session.input.write(`${UP}${ENTER}`);
    session.input.write(CTRL_D);
    await session.ended;
    expect(count(session.output(), 'hello@martinspier.io')).toBeGreaterThanOrEqual(4);
    // Two answers, each with the e-mail as a field and as a link.
    expect(count(session.output(), 'Email:')).toBe(4);
  });

  it('given Tab after a partial command, completes the command name', async () => {
    const session = startConsole({ interactive: true });
    session.input.write(`/educ${TAB}`);
    // Completion is asynchronous in readline: a person sees it before pressing Enter.
    await session.until('/education');
    session.input.write(ENTER);
    session.input.write(CTRL_D);
    await session.ended;
    expect(session.output()).not.toContain('There is no /educ command');
    expect(session.output()).toContain('PUCRS');
  });

  it('given Tab after a command and part of an entry, completes the entry from the résumé (/experience netf⇥ → netflix)', async () => {
    const session = startConsole({ interactive: true });
    session.input.write(`/experience netf${TAB}`);
    // Only the completion can write the rest of the name: the person typed "netf".
    await session.until('/experience netflix');
    session.input.write(ENTER);
    session.input.write(CTRL_D);
    await session.ended;
    expect(session.output()).toContain('Performance Architect');
  });

  it('given Tab after a part no entry starts with, completes nothing', async () => {
    const session = startConsole({ interactive: true });
    session.input.write(`/experience zzq${TAB}${ENTER}`);
    session.input.write(CTRL_D);
    await session.ended;
    expect(session.output()).toContain('/experience zzq');
    expect(session.output()).not.toMatch(/\/experience zzq\S/);
  });

  it('given /quit, says goodbye and ends', async () => {
    const session = startConsole({ interactive: true });
    session.input.write(`/quit${ENTER}`);
    expect(await session.ended).toBe('quit');
    expect(session.output()).toContain('Bye.');
  });

  it('given Ctrl-C at the prompt, leaves like Ctrl-D instead of killing the process', async () => {
    const session = startConsole({ interactive: true });
    session.input.write(CTRL_C);
    expect(await session.ended).toBe('eof');
    expect(session.output()).toContain('Bye.');
  });

  it('given a terminal, colours the answer titles', async () => {
    const session = startConsole({ interactive: true, color: true });
    session.input.write(`/about${ENTER}`);
    session.input.write(CTRL_D);
    await session.ended;
    expect(session.output()).toContain('\u001b[1;36mMartin Spier\u001b[0m');
  });
});
