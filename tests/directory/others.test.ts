/**
 * "Who else?" across a directory: the question before, asked of everyone but those its answer showed, or of
 * everyone but the person the conversation is about; "else" itself is never a thing looked for. A person named only to
 * be left out ("who else besides Lena knows Kafka?") is no one the question is about: everyone else is asked.
 */
import { describe, expect, it } from 'vitest';
import { createDirectoryBot } from '../../src/core/directory.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';

const person = (name: string, company: string, skill: string) =>
  parseResume(
    {
      basics: { name },
      work: [{ name: company, position: 'Engineer', startDate: '2019-01', endDate: '2021-01' }],
      skills: [{ name: 'Engineering', keywords: [skill] }],
    },
    'x.json',
  );

function directory(shown?: number) {
  const pipeline = createPipeline(
    createDirectoryBot({
      people: [
        { id: 'ana', resume: person('Ana Almeida', 'Initech', 'Kafka') },
        { id: 'bruno', resume: person('Bruno Costa', 'Initech', 'Kafka') },
        { id: 'chen', resume: person('Chen Wei', 'Globex', 'Python') },
        { id: 'dora', resume: person('Dora Dias', 'Globex', 'Kafka') },
      ],
      aliases: loadAliasesFile('data/aliases.json'),
      clock: () => FIXED_NOW,
      ...(shown ? { shown } : {}),
    }),
  );
  return async (text: string, conversation = 'c1') =>
    (await pipeline.handle({ platform: 'cli', audience: 'private', command: null, text, conversation, userId: 'u1' })).answer;
}

const people = (answer: { matches: ReadonlyArray<{ person?: { id: string } }> }) => answer.matches.map((m) => m.person?.id);

describe('who else, across a directory', () => {
  it('given "who knows kafka?" answered, "who else knows it?" finds nobody else, by the question before', async () => {
    const ask = directory();
    expect(people(await ask('who knows kafka?'))).toEqual(['ana', 'bruno', 'dora']);
    const others = await ask('who else knows it?');
    expect(others.kind).toBe('empty');
    expect(others.title).toBe('Nobody else fits “knows kafka”');
    expect((await ask('anyone else?')).title).toBe('Nobody else fits “knows kafka”');
  });

  it('given a list cut short, "who else?" shows the people it left out', async () => {
    const ask = directory(2);
    expect(people(await ask('who knows kafka?'))).toEqual(['ana', 'bruno']);
    expect(people(await ask('who else?'))).toEqual(['dora']);
  });

  it('given an answer about one person, "who else?" asks everyone else about what it was about', async () => {
    const ask = directory();
    expect((await ask('what did chen do at globex?')).person?.id).toBe('chen');
    expect(people(await ask('who else?'))).toEqual(['dora']);
    expect((await ask('does ana know kafka?', 'c2')).person?.id).toBe('ana');
    expect(people(await ask('who else knows it?', 'c2'))).toEqual(['bruno', 'dora']);
  });

  it('given "quem sabe python?" answered, "mais alguém?" and "quem mais sabe isso?" find nobody else', async () => {
    const ask = directory();
    expect(people(await ask('quem sabe python?'))).toEqual(['chen']);
    expect((await ask('mais alguém?')).title).toBe('Nobody else fits “know python”');
    expect((await ask('quem mais sabe isso?')).title).toBe('Nobody else fits “know python”');
  });

  it('given "who else" naming a thing of its own, answers that thing, and "else" is not a word looked for', async () => {
    const ask = directory();
    const first = await ask('who else knows kafka?');
    expect(people(first)).toEqual(['ana', 'bruno', 'dora']);
    expect(first.title).toBe('3 people fit “knows kafka”');
    expect(people(await ask('who knows python?', 'c2'))).toEqual(['chen']);
    expect(people(await ask('who else knows kafka?', 'c2'))).toEqual(['ana', 'bruno', 'dora']);
  });

  it('given nothing before it, "who else knows it?" asks for the whole question instead of guessing', async () => {
    const ask = directory();
    const answer = await ask('who else knows it?');
    expect(answer.kind).toBe('empty');
    expect(answer.title).toBe('Who else did what?');
    expect(answer.matches).toEqual([]);
    expect((await ask('quem mais?', 'c2')).title).toBe('Who else did what?');
  });

  it('given "who worked at globex?" answered, "who else worked there?" names the place and finds nobody else', async () => {
    const ask = directory();
    expect(people(await ask('who worked at globex?'))).toEqual(['chen', 'dora']);
    expect((await ask('who else worked there?')).title).toBe('Nobody else fits “worked at globex”');
    expect(people(await ask('who worked there?'))).toEqual(['chen', 'dora']);
  });

  it.each([
    ['who else besides Ana knows Kafka', ['bruno', 'dora']],
    ['besides Dora, who else knows kafka?', ['ana', 'bruno']],
    ['other than chen, who worked at globex?', ['dora']],
    ['quem mais além da Ana sabe kafka?', ['bruno', 'dora']],
  ])('given a person left out by name ("%s"), asks everyone else and lists %j', async (asked, expected) => {
    expect(people(await directory()(asked))).toEqual(expected);
  });

  it('given no place before it, "who worked there?" asks where instead of listing everyone who worked', async () => {
    const ask = directory();
    const first = await ask('who worked there?');
    expect(first.title).toBe('Where is “there”?');
    expect(first.matches).toEqual([]);
    expect(people(await ask('who knows kafka?', 'c2'))).toEqual(['ana', 'bruno', 'dora']);
    expect((await ask('quem trabalhou lá?', 'c2')).title).toBe('Where is “there”?');
  });
});
