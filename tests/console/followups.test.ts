/**
 * The console session is one conversation: a follow-up leans on the answer before it, and a
 * new session starts from nothing.
 */
import { describe, expect, it } from 'vitest';
import { converse } from './drive.js';

describe('follow-ups in the console', () => {
  it('given "what did he do at netflix?" then "and before that?", answers with the Expedia role', async () => {
    const { transcript } = await converse(['what did he do at netflix?', 'and before that?']);
    const answers = transcript.split('\n\n');
    expect(transcript).toMatch(/Performance Architect at Netflix/);
    expect(transcript).toMatch(/Performance Engineer at Expedia/);
    expect(answers.findIndex((a) => a.includes('Expedia'))).toBeGreaterThan(answers.findIndex((a) => a.includes('Netflix')));
  });

  it('given a new session, the same follow-up has nothing to lean on and says what it needs', async () => {
    await converse(['what did he do at netflix?']);
    const { transcript } = await converse(['and before that?']);
    expect(transcript).toMatch(/Before which role\?/);
    expect(transcript).not.toMatch(/Expedia/);
  });
});
