/**
 * Help across a directory: what can be asked of everyone, answered once (never each person's help, never "nobody's
 * résumé answers that"), with every command someone's résumé answers and how to name a person.
 */
import { describe, expect, it } from 'vitest';
import { createDirectoryBot } from '../../src/core/directory.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';

const directory = createDirectoryBot({
  people: [
    {
      id: 'ana',
      resume: parseResume(
        { basics: { name: 'Ana Almeida' }, work: [{ name: 'Initech', position: 'Engineer', startDate: '2019-01' }] },
        'a.json',
      ),
    },
    {
      id: 'chen',
      resume: parseResume({ basics: { name: 'Chen Wei' }, publications: [{ name: 'On Storage', publisher: 'ACM' }] }, 'c.json'),
    },
  ],
  aliases: loadAliasesFile('data/aliases.json'),
  clock: () => FIXED_NOW,
});

const headings = (answer: { sections?: ReadonlyArray<{ heading: string }> }) => (answer.sections ?? []).map((s) => s.heading.split(' ')[0]);

describe('help across a directory', () => {
  it.each(['/help', 'help', '/resume help', 'what can you do?', 'ajuda'])(
    'given %j, answers what can be asked of everyone, once',
    (line) => {
      const answer = directory.answer(parseLine(line));
      expect(answer.kind).toBe('help');
      expect(answer.title).toBe("Ask about 2 people's résumés");
      expect(answer.body).toContain('/people');
      expect(answer.body).toContain('Ana');
      expect(answer.route?.command).toBe('help');
    },
  );

  it("given /help, lists the commands of sections only some have (Ana's roles, Chen's papers) and /people, each once", () => {
    const listed = headings(directory.answer(parseLine('/help')));
    expect(listed).toContain('/experience');
    expect(listed).toContain('/publications');
    expect(listed).toContain('/people');
    expect(listed).not.toContain('/volunteer');
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('given a question that is no help, answers it as before', () => {
    expect(directory.answer(parseLine('who worked at initech?')).kind).toBe('result');
  });
});
