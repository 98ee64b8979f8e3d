import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askJson, ensureBuilt, sandbox, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

const PUCRS = 'Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)';

describe('resume-bot --json', () => {
  it('prints exactly command, query, results and suggestions', () => {
    const out = askJson(box, '/experience netflix');
    expect(Object.keys(out).sort()).toEqual(['command', 'query', 'results', 'suggestions']);
    expect(out).toMatchObject({ command: 'experience', query: 'netflix', suggestions: [] });
  });

  it('given /experience netflix, the first result is the work entry titled with position and company', () => {
    const out = askJson(box, '/experience netflix');
    expect((out.results as unknown[])[0]).toMatchObject({
      section: 'work',
      id: expect.any(String),
      title: 'Performance Architect at Netflix',
      score: expect.any(Number),
    });
  });

  it('given /skills kafka, the first result is the skill itself', () => {
    const out = askJson(box, '/skills kafka');
    expect(out.command).toBe('skills');
    expect((out.results as unknown[])[0]).toMatchObject({ section: 'skills', title: 'Kafka' });
  });

  it('given /projects flamescope (typed loosely), the first result is the project by name', () => {
    const out = askJson(box, '/projects flame scope');
    expect((out.results as unknown[])[0]).toMatchObject({ section: 'projects', title: 'FlameScope' });
  });

  it('given /education, returns both entries titled with area and institution', () => {
    const out = askJson(box, '/education');
    const titles = (out.results as Array<{ section: string; title: string }>).map((r) => [r.section, r.title]);
    expect(titles).toEqual(
      expect.arrayContaining([
        ['education', `B.Sc. Computer Science at ${PUCRS}`],
        ['education', `Project Management at ${PUCRS}`],
      ]),
    );
  });

  it.each(['/contact', '/about'])("given %s, returns the basics entry titled with the person's name", (message) => {
    const out = askJson(box, message);
    expect(out.command).toBe(message.slice(1));
    expect(out.results).toEqual([{ section: 'basics', id: expect.any(String), title: 'Martin Spier' }]);
  });

  it('given free text, reports the command it was routed to', () => {
    const out = askJson(box, 'what did he do at netflix?');
    expect(out.command).toBe('experience');
    expect((out.results as unknown[])[0]).toMatchObject({ section: 'work', title: 'Performance Architect at Netflix' });
  });

  it.each(['/experience google', '/skills cobol'])('given %s (nothing fits), returns no results rather than a wrong one', (message) => {
    const out = askJson(box, message);
    expect(out.results).toEqual([]);
    expect(Array.isArray(out.suggestions)).toBe(true);
  });

  it('given an unknown command, returns no command, no results and the real commands as suggestions', () => {
    const out = askJson(box, '/salary');
    expect(out.command).toBeNull();
    expect(out.results).toEqual([]);
    expect(out.suggestions).toEqual(expect.arrayContaining(['/experience', '/skills', '/projects']));
  });
});
