/**
 * The CLI's /cv and /match: `--pdf FILE` writes the CV (never with a private field), and
 * `--json` for /match adds the machine-readable `match`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf-text.js';
import { ask, askJson, ensureBuilt, sandbox, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

describe('resume-bot /cv --pdf FILE', () => {
  it('writes the CV as a PDF, without the private phone number, and still prints the answer', async () => {
    const file = join(box.dir, 'cv.pdf');
    const result = ask(box, ['/cv', '--pdf', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Martin Spier — CV');
    expect(result.stderr).toMatch(/wrote .*cv\.pdf \(Martin-Spier-CV\.pdf, \d+ kB\)/);
    const { pages } = await readPdf(readFileSync(file));
    const text = pages.map((p) => p.text).join(' ');
    expect(text).toContain('Performance Architect — Netflix');
    expect(text).not.toContain('351-8800');
  });

  it('given PRIVATE_FIELDS naming the email, leaves it out of the file too', async () => {
    const file = join(box.dir, 'no-email.pdf');
    expect(ask(box, ['/cv', '--pdf', file], { env: { PRIVATE_FIELDS: 'basics.phone,basics.email' } }).status).toBe(0);
    const { pages } = await readPdf(readFileSync(file));
    expect(pages.map((p) => p.text).join(' ')).not.toContain('hello@martinspier.io');
    expect(pages.flatMap((p) => p.links).join(' ')).not.toContain('hello@martinspier.io');
  });

  it('given an answer that carries no CV, or no file name, is a usage error (exit 2)', () => {
    expect(ask(box, ['/skills', '--pdf', join(box.dir, 'x.pdf')]).status).toBe(2);
    expect(ask(box, ['/cv', '--pdf']).status).toBe(2);
  });
});

describe('resume-bot --json /match', () => {
  it('adds match: the matched requirements with evidence ids, the missing ones and a score; results are the matched entries', () => {
    const out = askJson(box, '/match 10+ years of performance engineering, Kubernetes and Terraform');
    expect(out.command).toBe('match');
    expect(out.match).toEqual({
      matched: [
        { requirement: 'Performance engineering', evidence: ['work-1', 'work-2', 'work-3', 'work-4', 'projects-0', 'skills-1-1'] },
        { requirement: 'Kubernetes', evidence: ['skills-1-10'] },
      ],
      missing: ['Terraform'],
      score: 0.67,
    });
    expect((out.results as Array<{ id: string }>).map((r) => r.id)).toEqual([
      'work-1',
      'work-2',
      'work-3',
      'work-4',
      'projects-0',
      'skills-1-1',
      'skills-1-10',
    ]);
  });

  it('leaves the other commands with exactly their four keys', () => {
    expect(Object.keys(askJson(box, '/skills kafka')).sort()).toEqual(['command', 'query', 'results', 'suggestions']);
  });
});
