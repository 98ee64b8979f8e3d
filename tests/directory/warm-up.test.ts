/**
 * A large directory compiles its answer paths at start by answering a throwaway sample's questions: the sample is
 * spread over the directory and copied, its questions reach every command in each form, and the bot it warms
 * answers exactly as one that was not warmed.
 */
import { describe, expect, it } from 'vitest';
import { crowdCommand, commands as defaultCommands } from '../../commands/index.js';
import type { Command } from '../../commands/definition.js';
import { createDirectoryBot } from '../../src/core/directory.js';
import { WARM_UP_PEOPLE, warmUpQuestions, warmUpSample } from '../../src/core/directory-warmup.js';
import { makeAnswer } from '../../src/model/answer.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { generatedPeople } from './generated.js';
import { NOBODY_QUESTIONS, PEOPLE_QUESTIONS, PERSON_QUESTIONS } from './questions.js';

const people = generatedPeople(8);
const aliases = loadAliasesFile('data/aliases.json');
const warmed = createDirectoryBot({ people, aliases, clock: () => FIXED_NOW, warmUp: true });
const cold = createDirectoryBot({ people, aliases, clock: () => FIXED_NOW });

/** A command that counts what it is asked, so a test sees whether anything answered while the bot started. */
function countingCommand(): { command: Command; asked: string[] } {
  const asked: string[] = [];
  const command: Command = {
    data: {
      name: 'probe',
      description: 'Counts its questions',
      usageHint: '[word]',
      option: { name: 'query', description: 'A word', autocomplete: true },
      examples: [],
      slash: true,
    },
    // Employers: several people share one, nobody's is everyone's.
    completions: (resume) => resume.work.map((w) => w.name ?? ''),
    execute: (query) => {
      asked.push(query.text);
      return makeAnswer({ kind: 'result', title: 'probe' });
    },
  };
  return { command, asked };
}

describe('warming a directory at start', () => {
  it(`given ${people.length} people, samples ${WARM_UP_PEOPLE} spread over all of them, as copies`, () => {
    const sample = warmUpSample(people);
    expect(sample).toHaveLength(WARM_UP_PEOPLE);
    expect(sample[0]!.id).toBe(people[0]!.id);
    // Spread: the last template's copies (the directory's end) are sampled too, not only its first forty files.
    expect(sample.some((p) => people.indexOf(people.find((q) => q.id === p.id)!) >= WARM_UP_PEOPLE)).toBe(true);
    for (const copy of sample) {
      const original = people.find((p) => p.id === copy.id)!;
      expect(copy.resume).toEqual(original.resume);
      expect(copy.resume).not.toBe(original.resume);
    }
  });

  it('asks every command that completes words with the commonest of them, as typed, with a typo, and after its cue', () => {
    const resumes = warmUpSample(people).map((p) => p.resume);
    const questions = warmUpQuestions(resumes, defaultCommands);
    const experience = defaultCommands.find((c) => c.data.name === 'experience')!;
    const [word, typo] = questions.filter((q) => q.command === 'experience').map((q) => q.text);
    // A word of theirs that several share, never one every résumé completes (the command's own "current").
    const completing = resumes.filter((r) => experience.completions!(r, defaultCommands).some((c) => c.toLowerCase() === word));
    expect(completing.length).toBeGreaterThan(1);
    expect(completing.length).toBeLessThan(resumes.length);
    expect(typo).toBe(`${word!.slice(0, 2)}${word!.slice(3)}`);
    expect(questions).toContainEqual({ platform: 'warm-up', command: null, text: `${experience.routing!.cues[0]} ${word}` });
    expect(questions.filter((q) => q.command === 'skills')).toHaveLength(2);
  });

  it("asks the crowd command other commands' words, typed, after its crowd cues, and two together", () => {
    const questions = warmUpQuestions(
      warmUpSample(people).map((p) => p.resume),
      defaultCommands,
    );
    const crowd = crowdCommand(defaultCommands)!;
    const typed = questions.filter((q) => q.command === crowd.data.name).map((q) => q.text);
    const [first, second] = typed;
    expect(questions.filter((q) => q.command === 'experience').map((q) => q.text)).toContain(first);
    expect(questions).toContainEqual({ platform: 'warm-up', command: null, text: `${crowd.crowd!.cues[0]} ${first}?` });
    expect(typed).toContain(`${first} and ${second}`);
  });

  it('answers while starting only when asked to and when the directory is larger than the sample', () => {
    const start = (count: number, warmUp: boolean) => {
      const { command, asked } = countingCommand();
      createDirectoryBot({
        people: people.slice(0, count),
        aliases,
        clock: () => FIXED_NOW,
        commands: [...defaultCommands, command],
        warmUp,
      });
      return asked;
    };
    expect(start(people.length, true).length).toBeGreaterThan(0);
    expect(start(people.length, false)).toEqual([]);
    expect(start(WARM_UP_PEOPLE, true)).toEqual([]);
  });

  it('given a command that fails on every question, still starts and answers the others', () => {
    const failing: Command = {
      ...countingCommand().command,
      execute: () => {
        throw new Error('broken handler');
      },
    };
    const bot = createDirectoryBot({ people, aliases, clock: () => FIXED_NOW, commands: [...defaultCommands, failing], warmUp: true });
    expect(bot.answer(parseLine('/people kafka'))).toEqual(cold.answer(parseLine('/people kafka')));
  });

  it.each([...PEOPLE_QUESTIONS, ...NOBODY_QUESTIONS, ...PERSON_QUESTIONS].map((q) => q.ask))(
    'given a warmed bot, answers %s exactly as a cold one',
    (line) => {
      expect(warmed.answer(parseLine(line))).toEqual(cold.answer(parseLine(line)));
    },
  );
});
