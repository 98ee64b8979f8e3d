/**
 * `/match` through the bot, as every platform reaches it: a pasted job description (slash
 * command or free text) gets the recognised requirements, each matched with evidence or
 * said to be not found, and a summary.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_JOB_DESCRIPTION } from '../../commands/match.js';
import { createBot } from '../../src/core/bot.js';
import { parseAliasesText } from '../../src/query/aliases.js';
import { parseResumeText } from '../../src/resume/load.js';

const bot = createBot({
  resume: parseResumeText(readFileSync('data/resume.json', 'utf8'), 'data/resume.json'),
  aliases: parseAliasesText(readFileSync('data/aliases.json', 'utf8'), 'data/aliases.json'),
  clock: () => new Date('2026-12-01T00:00:00Z'),
});
const ask = (text: string, command: string | null = 'match') => bot.answer({ platform: 'cli', command, text });

const LONG_DESCRIPTION = `Staff Performance Engineer. ${'We value ownership and a fast-paced, collaborative culture. '.repeat(40)}
Requirements: 10+ years of performance engineering; Kubernetes; Kafka; Terraform; Go or Rust.`;

describe('/match', () => {
  it('given a job description, lists each recognised requirement as matched with evidence or not found, then the summary', () => {
    const answer = ask('10+ years of performance engineering, Kubernetes, Kafka and Terraform. A fast-paced team.');
    expect(answer.title).toBe('Job fit: 3 of 4 requirements');
    expect(answer.body).toBe('3 of 4 recognised requirements, 1 of them with more than 5 years of evidence. Score 75%.');
    const [matched, missing] = answer.sections;
    expect(matched!.heading).toBe('Matched');
    expect(matched!.bullets[0]).toBe(
      'Performance engineering (asked 10+ years) — 14.9 years of dated evidence: Performance Architect at Snowflake (May 2021 – Nov 2021); Performance Architect at Netflix (Dec 2012 – May 2021); Performance Engineer at Expedia (Jan 2011 – Dec 2012), and 3 more',
    );
    expect(matched!.bullets.slice(1)).toEqual(['Kubernetes — listed skill “Kubernetes”', 'Apache Kafka — listed skill “Kafka”']);
    expect(missing).toEqual({ heading: 'Not found in the résumé', bullets: ['Terraform — not found'] });
    expect(answer.jobMatch).toEqual({
      matched: [
        { requirement: 'Performance engineering', evidence: ['work-1', 'work-2', 'work-3', 'work-4', 'projects-0', 'skills-1-1'] },
        { requirement: 'Kubernetes', evidence: ['skills-1-10'] },
        { requirement: 'Apache Kafka', evidence: ['skills-1-11'] },
      ],
      missing: ['Terraform'],
      score: 0.75,
    });
    expect(answer.matches.map((m) => m.title)).toContain('Performance Architect at Netflix');
  });

  it(`takes a description up to ${MAX_JOB_DESCRIPTION} characters, far over the usual question limit`, () => {
    expect(LONG_DESCRIPTION.length).toBeGreaterThan(2000);
    const answer = ask(LONG_DESCRIPTION);
    expect(answer.kind).toBe('result');
    expect(answer.jobMatch!.missing).toEqual(['Terraform', 'Go', 'Rust']);
    expect(ask('x'.repeat(MAX_JOB_DESCRIPTION + 1)).kind).toBe('refusal');
    expect(bot.answer({ platform: 'cli', command: 'skills', text: 'x'.repeat(400) }).kind).toBe('refusal');
  });

  it('given free text that asks for a fit, hands it the description as written', () => {
    const answer = ask(`does he fit this role? ${LONG_DESCRIPTION}`, null);
    expect(answer.route).toEqual({ command: 'match', query: expect.stringMatching(/^Staff Performance Engineer/) });
    expect(answer.jobMatch!.matched.map((m) => m.requirement)).toEqual(['Performance engineering', 'Kubernetes', 'Apache Kafka']);
    expect(ask('how well does she match: Kafka and Kubernetes', null).jobMatch!.matched.length).toBe(2);
  });

  it('says plainly when the text names no requirement, and routes a short fit question it cannot check as any other', () => {
    const none = ask('A friendly, fast-paced team with great snacks.');
    expect(none.kind).toBe('empty');
    expect(none.title).toBe('No requirement recognised');
    expect(ask('is he a good fit for a vp of engineering role', null).route!.command).toBe('experience');
  });

  it('given nothing, explains what to paste', () => {
    expect(ask('').kind).toBe('help');
  });
});

describe('/cv', () => {
  it('answers with the CV as a file to download, from a slash command or free text', () => {
    for (const answer of [ask('', 'cv'), ask('can I get his cv?', null), ask('download resume', null), ask('pdf', null)]) {
      expect(answer.route!.command).toBe('cv');
      expect(answer.attachments).toEqual([
        { kind: 'cv', display: 'download', filename: 'Martin-Spier-CV.pdf', contentType: 'application/pdf', label: 'Download PDF' },
      ]);
    }
  });
});
