/**
 * A conversation replayed through the pipeline, as the platforms hand it over (private, one user, one conversation
 * each), every turn read back as [asked, the command that answered, the first match's title].
 */
import { createPipeline } from '../../src/core/pipeline.js';
import { directoryBot } from '../directory/fixture.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';
import type { Turn } from './followup-set.js';

let conversations = 0;

/** `resume`: a fixture résumé's id, or `directory` for the six-person directory. */
export async function played(resume: string, turns: readonly string[], locale = 'en'): Promise<Turn[]> {
  const pipeline = createPipeline(resume === 'directory' ? directoryBot() : botFor(resume));
  const conversation = `played-${conversations++}`;
  const seen: Turn[] = [];
  for (const ask of turns) {
    const { answer } = await pipeline.handle({ ...parseLine(ask), audience: 'private', conversation, userId: 'U1', locale });
    seen.push([ask, answer.route?.command ?? null, answer.matches[0]?.title ?? null]);
  }
  return seen;
}
