/**
 * "Where was the second one published?" after a list asks about that entry of it, by its place in the list as
 * shown; with no list before, or a shorter one, the question is read as it stands. "The first one" keeps asking
 * for the earliest, as before, unless the entries give no dates (interests): then it is the first listed.
 */
import { describe, expect, it } from 'vitest';
import { referenceOf } from '../../src/model/conversation.js';
import { resolveFollowUp } from '../../src/query/followup.js';
import { catalogOf, commands } from '../../commands/index.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { buildIndex } from '../../src/query/index.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { botFor, resumePath } from '../query/fixture-bots.js';
import { played } from './played.js';

const TIERED = 'Operating Tiered Storage at Streaming Scale';

describe('an entry of the list before, by its place', () => {
  it('given her publications listed, answers "the second one" with the second of them', async () => {
    expect(await played('senior-engineer', ['what did she publish?', 'where was the second one published?', 'when?'])).toEqual([
      ['what did she publish?', 'publications', 'Bounded Staleness for Geo-Replicated Key-Value Stores'],
      ['where was the second one published?', 'publications', TIERED],
      ['when?', 'publications', TIERED],
    ]);
  });

  it('given her roles listed, answers "the third one" with the third role', async () => {
    const turns = await played('senior-engineer', ['where has she worked?', 'what did she do at the third one?']);
    expect(turns[1]).toEqual(['what did she do at the third one?', 'experience', 'Software Engineer at Rackspace']);
  });

  it('given her interests listed, answers "tell me about the 2nd one"', async () => {
    const turns = await played('senior-engineer', ['what are her hobbies?', 'tell me about the 2nd one']);
    expect(turns[1]).toEqual(['tell me about the 2nd one', 'interests', 'Cartography']);
  });

  it('given a list whose entries give no dates, answers "the first one" with the first listed', async () => {
    const turns = await played('senior-engineer', ['what are her interests?', 'tell me more about the first one']);
    expect(turns[1]).toEqual(['tell me more about the first one', 'interests', 'Mentoring']);
    // That entry alone, not the list again.
    const interests = botFor('senior-engineer').answer(parseLine('what are her interests?'));
    const resume = loadResumeFile(resumePath('senior-engineer'));
    const index = buildIndex(resume, loadAliasesFile('data/aliases.json'), () => FIXED_NOW, catalogOf(commands));
    expect(resolveFollowUp('tell me more about the first one', referenceOf(interests)!, index, resume)).toEqual({
      kind: 'route',
      route: { command: 'interests', query: { text: '', modifier: { kind: 'entry', entry: interests.matches[0]!.id, name: 'Mentoring' } } },
    });
    // Dated entries: the earliest, as before.
    const roles = await played('senior-engineer', ['where has she worked?', 'and the first one?']);
    expect(roles[1]).toEqual(['and the first one?', 'experience', 'Software Engineer at Rackspace']);
  });

  it('given a list shorter than the place asked, or none, gives no entry of it', async () => {
    const turns = await played('senior-engineer', ['what certificates does she have?', 'when did she get the third one?']);
    expect(turns[1]![2]).toBeNull();
  });

  it('given Portuguese, answers the same', async () => {
    const turns = await played('senior-engineer', ['o que ela publicou?', 'onde foi publicado o segundo?'], 'pt-BR');
    expect(turns[1]).toEqual(['onde foi publicado o segundo?', 'publications', TIERED]);
  });

  it('given a list of people, answers about the person at that place', async () => {
    const turns = await played('directory', ['who knows kafka?', 'tell me about the second one']);
    expect(turns[1]).toEqual(['tell me about the second one', 'about', 'Martin Spier']);
    const later = await played('directory', ['who knows python?', 'what did the second one do at confluent?']);
    expect(later[1]).toEqual(['what did the second one do at confluent?', 'experience', 'Staff Software Engineer at Confluent']);
  });
});
