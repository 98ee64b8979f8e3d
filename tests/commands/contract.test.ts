/**
 * One contract for a command: a command declared in one place (here, in the test itself)
 * is routed, completed and listed in help without any other file knowing about it.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../commands/definition.js';
import { commands } from '../../commands/index.js';
import { createBot } from '../../src/core/bot.js';
import { makeAnswer } from '../../src/model/answer.js';
import { emptyAliases } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';

/** A made-up section kept in a field JSON Resume lets through ("patents"), served by a command of the test's own. */
const patents: Command = {
  data: {
    name: 'patents',
    description: 'Patents granted',
    usageHint: '[patent]',
    option: { name: 'query', description: 'A patent or a topic', autocomplete: true },
    examples: ['patents', 'patents compression'],
    slash: true,
  },
  section: {
    // A section name the standard has: the query layer indexes any section a command declares.
    section: 'publications',
    noun: 'patent',
    plural: 'patents',
    present: (resume) => Array.isArray(resume.patents) && resume.patents.length > 0,
    documents: (resume) =>
      (Array.isArray(resume.patents) ? resume.patents : []).map((p, i) => ({
        section: 'publications' as const,
        id: `patents-${i}`,
        title: String(p),
        identity: [String(p)],
        facets: [],
        content: [],
        index: i,
      })),
  },
  routing: { priority: 50, cues: ['patent', 'patents', 'patented'] },
  completions: (resume) => (Array.isArray(resume.patents) ? resume.patents.map(String) : []),
  execute(query, { index }) {
    const hits = index.search('publications', query.text);
    const title = hits[0]?.doc.title ?? 'Patents';
    return makeAnswer({
      kind: hits.length || !query.text ? 'result' : 'empty',
      title,
      matches: hits.map((h) => ({ section: 'publications', id: h.doc.id, title: h.doc.title })),
    });
  },
};

const resume = parseResume(
  {
    basics: { name: 'Ada Inventor' },
    work: [{ name: 'Acme', position: 'Engineer', startDate: '2015' }],
    patents: ['Middle-out compression', 'Lossless video codec'],
  },
  'inline',
);
const bot = createBot({ resume, aliases: emptyAliases, clock: () => FIXED_NOW, commands: [...commands, patents] });

describe('a command registered by a test, nowhere else', () => {
  it('given a free-text question with its cue word, routes there and finds the entry', () => {
    const a = bot.answer({ platform: 'cli', command: null, text: 'which patent did she get for middle-out compression?' });
    expect(a.route?.command).toBe('patents');
    expect(a.title).toBe('Middle-out compression');
  });

  it('given a question naming one of its entries and no cue, finds it by the entry alone', () => {
    expect(bot.answer({ platform: 'cli', command: null, text: 'lossless video codec' }).route?.command).toBe('patents');
  });

  it('given a partial name, completes it', () => {
    expect(bot.complete('patents', 'midd')).toEqual(['Middle-out compression']);
    expect(bot.complete('resume', 'lossl')).toContain('Lossless video codec');
  });

  it('given help, lists it with its example', () => {
    const help = bot.answer({ platform: 'cli', command: 'resume', text: 'help' });
    expect(help.sections.map((s) => s.heading)).toContain('/patents [patent]');
    expect(help.sections.flatMap((s) => s.bullets).join('\n')).toContain('/patents compression');
  });

  it('given one of its own cues typed as a command name, answers as the command', () => {
    expect(bot.answer({ platform: 'cli', command: 'patented', text: 'compression' }).title).toBe('Middle-out compression');
  });

  it('given the standard registry, knows nothing of it', () => {
    const standard = createBot({ resume, aliases: emptyAliases, clock: () => FIXED_NOW });
    expect(standard.answer({ platform: 'cli', command: 'patents', text: '' }).title).toBe('There is no /patents command');
    expect(standard.complete('patents', 'midd')).toEqual([]);
  });
});
