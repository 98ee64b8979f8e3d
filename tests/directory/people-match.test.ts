/**
 * `/people match <job description>`: everyone in the directory ranked by the job-fit check, each
 * with their score and summary; as long a description as /match takes; other /people questions
 * read as before.
 */
import { describe, expect, it } from 'vitest';
import { martin, matcherOf, NOW } from '../match/helpers.js';
import { directoryBot } from './fixture.js';

const JOB = 'Principal engineer: 10+ years of performance engineering, Kubernetes, Kafka, Java and Python. Mentoring.';
const ask = (text: string) => directoryBot().answer({ platform: 'cli', command: 'people', text });

describe('/people match', () => {
  it('given a job description, ranks every person by fit, the best first, with their score and summary', () => {
    const answer = ask(`match ${JOB}`);
    expect(answer.kind).toBe('result');
    const bullets = answer.sections[0]!.bullets;
    expect(bullets).toHaveLength(6);
    expect(answer.matches).toHaveLength(6);
    const scores = answer.matches.map((m) => m.score!);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Martin's line carries exactly what /match says of his résumé alone.
    const own = matcherOf(martin()).match(JOB, NOW);
    const line = bullets.find((b) => b.startsWith('Martin Spier — '))!;
    expect(line).toContain(`${Math.round(own.score * 100)}% · ${own.summary}`);
    expect(answer.matches.find((m) => m.title === 'Martin Spier')!.score).toBe(own.score);
  });

  it('given a description of some 3,000 characters, ranks rather than refusing it as too long', () => {
    const long = `${JOB} ${'We value ownership and clear writing in a friendly team. '.repeat(50)}`;
    expect(long.length).toBeGreaterThan(2500);
    const answer = ask(`match ${long}`);
    expect(answer.kind).toBe('result');
    expect(answer.sections[0]!.bullets).toHaveLength(6);
  });

  it('given no description, says how to ask; given one that names no requirement, says so', () => {
    expect(ask('match').kind).toBe('help');
    const none = ask('match a friendly team that values ownership');
    expect(none.kind).toBe('empty');
    expect(none.title).toBe('No requirement recognised');
  });

  it('given any other question, answers it as before and still refuses a long one', () => {
    expect(ask('kafka').title).toMatch(/fits? “kafka”/);
    expect(ask(`kafka ${'x'.repeat(400)}`).kind).toBe('refusal');
  });
});
