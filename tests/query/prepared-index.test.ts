/**
 * A start-up cache keeps what indexing read from a résumé's text (its documents and how each
 * reads) as JSON, and a later start builds the index from that instead of the text. The bot so
 * built must answer every question exactly as one that read the text: checked over the test
 * résumés with the labelled questions of every set, in English and Portuguese.
 */
import { describe, expect, it } from 'vitest';
import { createBot, type PersonBot } from '../../src/core/bot.js';
import type { PreparedIndex } from '../../src/query/index.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { resumePath } from './fixture-bots.js';
import { PORTUGUESE } from './portuguese-set.js';
import { RELEVANCE_QUESTIONS } from './relevance-set.js';
import { SECTION_QUESTIONS } from './sections-set.js';
import { TUNING } from './tuning-set.js';

const aliases = loadAliasesFile('data/aliases.json');
const IDS = ['martin', 'career-changer', 'new-grad', 'sample', 'senior-engineer', 'martin-alvarez'];

/** Every labelled question, asked of every résumé (a question about another résumé is still a question). */
const QUESTIONS = [...new Set([...TUNING, ...RELEVANCE_QUESTIONS, ...SECTION_QUESTIONS, ...PORTUGUESE].map((q) => q.ask))];

/** What a cache file gives back: the prepared index through JSON, as a later process reads it. */
const throughJson = (prepared: PreparedIndex): PreparedIndex => JSON.parse(JSON.stringify(prepared)) as PreparedIndex;

function bot(id: string, prepared?: (resume: ReturnType<typeof loadResumeFile>) => PreparedIndex): PersonBot {
  const resume = loadResumeFile(resumePath(id));
  return createBot({ resume, aliases, clock: () => FIXED_NOW, ...(prepared ? { prepared: prepared(resume) } : {}) });
}

describe('an index built from what an earlier start read', () => {
  it.each(IDS)('given %s, answers every labelled question exactly as an index built from the text', (id) => {
    const read = bot(id);
    const kept = bot(id, () => throughJson(read.index.prepared()));
    expect(kept.index.documents).toEqual(read.index.documents);
    for (const ask of QUESTIONS) expect(kept.answer(parseLine(ask)), ask).toEqual(read.answer(parseLine(ask)));
  });

  it('given a reloaded résumé, reads the new one instead of serving what was kept of the old', () => {
    const kept = bot('martin', () => throughJson(bot('martin').index.prepared()));
    const other = loadResumeFile(resumePath('senior-engineer'));
    kept.replace(other, aliases);
    expect(kept.index.documents).toEqual(bot('senior-engineer').index.documents);
    expect(kept.answer(parseLine('/experience netflix'))).toEqual(bot('senior-engineer').answer(parseLine('/experience netflix')));
  });
});
