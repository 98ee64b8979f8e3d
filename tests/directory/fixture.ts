/**
 * A directory bot over the test résumés: Martin's, the JSON Resume examples and our own awkward
 * one (tests/fixtures/martin-alvarez.resume.json: a second Martin, accents, missing dates, no work
 * section), with the committed alias table and a fixed clock.
 */
import { createDirectoryBot, type DirectoryBot } from '../../src/core/directory.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { resumePath } from '../query/fixture-bots.js';

/** The JSON Resume examples and Martin: the five people of the held-out directory set. */
export const FIVE = ['career-changer', 'martin', 'new-grad', 'sample', 'senior-engineer'] as const;
/** The five and our own awkward résumé. */
export const SIX = [...FIVE, 'martin-alvarez'] as const;

export function directoryBot(ids: readonly string[] = SIX): DirectoryBot {
  return createDirectoryBot({
    people: ids.map((id) => ({ id, resume: loadResumeFile(resumePath(id)) })),
    aliases: loadAliasesFile('data/aliases.json'),
    clock: () => FIXED_NOW,
  });
}
