/**
 * "How well?" after a skill or a spoken language asks how well of that entry, which says it (a skill's level, a
 * language's fluency). After anything else, or with nothing before it, the question is read as it stands.
 */
import { describe, expect, it } from 'vitest';
import { CONFLUENT } from '../query/titles.js';
import { played } from './played.js';

describe('how well, asked after an entry', () => {
  it('given a spoken language before, answers that language again, with its fluency', async () => {
    expect(await played('senior-engineer', ['does she speak spanish?', 'how well?', 'and portuguese?', 'how fluent is she?'])).toEqual([
      ['does she speak spanish?', 'languages', 'Spanish'],
      ['how well?', 'languages', 'Spanish'],
      ['and portuguese?', 'languages', 'Portuguese'],
      ['how fluent is she?', 'languages', 'Portuguese'],
    ]);
  });

  it('given a skill before, answers that skill again, with its level', async () => {
    expect(await played('senior-engineer', ['does she know rust?', 'what level?', 'how good is she at it?'])).toEqual([
      ['does she know rust?', 'skills', 'Rust'],
      ['what level?', 'skills', 'Rust'],
      ['how good is she at it?', 'skills', 'Rust'],
    ]);
  });

  it('given Portuguese, reads "qual o nível?" after a language the same way', async () => {
    const seen = await played('senior-engineer', ['ela fala espanhol?', 'qual o nível?'], 'pt-BR');
    expect(seen.map(([, command, first]) => [command, first])).toEqual([
      ['languages', 'Spanish'],
      ['languages', 'Spanish'],
    ]);
  });

  it('given a role before, or nothing, reads the question as it stands', async () => {
    const afterRole = await played('senior-engineer', ['where does she work?', 'how experienced is she?']);
    const alone = await played('senior-engineer', ['how experienced is she?']);
    expect(afterRole[0]).toEqual(['where does she work?', 'experience', CONFLUENT]);
    expect(afterRole[1]).toEqual(alone[0]);
  });
});
