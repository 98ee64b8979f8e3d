/**
 * "And Daniel?" in a conversation across a directory: a message that only names another person asks them the
 * question before, unless that question pointed at the first person's own entries.
 */
import { describe, expect, it } from 'vitest';
import { createDirectoryBot } from '../../src/core/directory.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';

const person = (name: string, company: string, school: string, skill: string) =>
  parseResume(
    {
      basics: { name },
      work: [
        { name: company, position: 'Engineer', startDate: '2019-01', endDate: '2021-01' },
        { name: 'Hooli', position: 'Intern', startDate: '2018-01', endDate: '2018-06' },
      ],
      education: [{ institution: school, studyType: 'Bachelor', area: 'Computer Science' }],
      skills: [{ name: 'Engineering', keywords: [skill] }],
    },
    'x.json',
  );

function conversation() {
  const pipeline = createPipeline(
    createDirectoryBot({
      people: [
        { id: 'ana', resume: person('Ana Almeida', 'Initech', 'University of Lisbon', 'Kafka') },
        { id: 'chen', resume: person('Chen Wei', 'Globex', 'Tsinghua University', 'Python') },
      ],
      aliases: loadAliasesFile('data/aliases.json'),
      clock: () => FIXED_NOW,
    }),
  );
  return async (text: string) =>
    (await pipeline.handle({ platform: 'cli', audience: 'private', command: null, text, conversation: 'c1', userId: 'u1' })).answer;
}

const titles = (answer: { matches: ReadonlyArray<{ title: string; person?: { id: string } }> }) =>
  answer.matches.map((m) => `${m.person?.id}: ${m.title}`);

describe('another person named alone, in a conversation across a directory', () => {
  it('given "where did ana study?" answered, "and chen?" answers where Chen studied', async () => {
    const ask = conversation();
    expect(titles(await ask('where did ana study?'))).toEqual(['ana: Bachelor Computer Science at University of Lisbon']);
    expect(titles(await ask('and chen?'))).toEqual(['chen: Bachelor Computer Science at Tsinghua University']);
  });

  it('given "what did ana do at initech?" answered, "what about chen?" asks Chen about Initech, where he never was', async () => {
    const ask = conversation();
    expect(titles(await ask('what did ana do at initech?'))).toEqual(['ana: Engineer at Initech']);
    const chen = await ask('what about chen?');
    expect(chen.kind).toBe('empty');
    expect(chen.person?.id).toBe('chen');
  });

  it('given "who knows kafka?" answered, "and chen?" asks whether Chen does', async () => {
    const ask = conversation();
    expect((await ask('who knows kafka?')).matches.map((m) => m.person?.id)).toEqual(['ana']);
    const chen = await ask('and chen?');
    expect(chen.kind).toBe('empty');
    expect(chen.route?.command).toBe('skills');
    expect(chen.person?.id).toBe('chen');
  });

  it('given "e o chen?" in Portuguese after "onde a ana estudou?", answers where Chen studied', async () => {
    const ask = conversation();
    await ask('onde a ana estudou?');
    expect(titles(await ask('e o chen?'))).toEqual(['chen: Bachelor Computer Science at Tsinghua University']);
  });

  it('given a question about one of ana\'s own roles ("and before that?"), "and chen?" asks him nothing of it: his profile', async () => {
    const ask = conversation();
    await ask('what did ana do at initech?');
    expect(titles(await ask('and before that?'))).toEqual(['ana: Intern at Hooli']);
    const chen = await ask('and chen?');
    expect(chen.route?.command).toBe('about');
  });

  it('given "and chen?" with no question before, answers his profile', async () => {
    const ask = conversation();
    expect((await ask('and chen?')).route?.command).toBe('about');
  });
});
