/**
 * Who of everyone has one text saying a phrase of a question (phraseEvidence): those only asked in full when /people
 * looks for evidence of it. It must keep everyone the evidence check would accept (any form it reads: a plural, a
 * typo, the doer of an -ing word, another name) and may leave out whoever has the words only apart.
 */
import { describe, expect, it } from 'vitest';
import type { Command, PersonContext } from '../../commands/definition.js';
import { commands } from '../../commands/index.js';
import { phraseEvidence } from '../../commands/people-texts.js';
import { createDirectoryBot } from '../../src/core/directory.js';
import { makeAnswer } from '../../src/model/answer.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';

const role = (name: string, position: string, summary = '') => ({ name, position, summary, startDate: '2020-01', endDate: '2022-01' });
const resumes = {
  ada: { basics: { name: 'Ada Lane' }, work: [role('Acme', 'Backend Engineering Lead')] },
  bo: { basics: { name: 'Bo Reyes' }, work: [role('Initech', 'Senior Backend Engineer')] },
  cy: { basics: { name: 'Cy Moss' }, work: [role('Globex', 'Engineering Manager', 'Owned the backend of billing.')] },
  di: { basics: { name: 'Di Park' }, work: [role('Hooli', 'Backend Developer'), role('Umbrella', 'Platform Engineering')] },
  ed: { basics: { name: 'Ed Wu' }, work: [role('Vandelay', 'Consultant', 'Led bakcend engineering for two retailers.')] },
  flo: { basics: { name: 'Flo Kim' }, work: [role('Stark', 'SRE', 'Reliability engineering for the payments platform.')] },
};

/** Answers with the names of those phraseEvidence keeps for the phrases of its text ("a b; c" is two phrases). */
const keeps: Command = {
  data: {
    name: 'keeps',
    description: 'Who may say each phrase',
    usageHint: '[phrases]',
    option: { name: 'query', description: 'Phrases, separated by ;', autocomplete: false },
    examples: ['keeps backend engineering'],
    slash: true,
  },
  crowd: { cues: ['who may say'] },
  execute(query, { people = [] }) {
    const phrases = query.text.split(';').map((phrase) => [phrase.trim().split(/\s+/)]);
    const kept = phraseEvidence(people, phrases).mayEachSay;
    const names = people.filter((_: PersonContext, place: number) => kept[place]).map((p) => p.person.name);
    return makeAnswer({ kind: 'result', title: names.join(', ') || 'nobody' });
  },
};

const bot = createDirectoryBot({
  people: Object.entries(resumes).map(([id, resume]) => ({ id, resume: parseResume(resume, `${id}.json`) })),
  aliases: loadAliasesFile('data/aliases.json'),
  clock: () => FIXED_NOW,
  commands: [...commands, keeps],
});
const kept = (text: string) => bot.answer({ platform: 'cli', command: 'keeps', text }).title;

describe('who has one text saying a phrase', () => {
  it('given a phrase, keeps its words side by side in one text in the forms evidence reads (the doer, a typo), not words apart', () => {
    expect(kept('backend engineering')).toBe('Ada Lane, Bo Reyes, Ed Wu');
  });

  it('given one word, keeps everyone with a text saying it', () => {
    expect(kept('backend')).toBe('Ada Lane, Bo Reyes, Cy Moss, Di Park, Ed Wu');
  });

  it('given two phrases, keeps only those who say each', () => {
    expect(kept('backend; manager')).toBe('Cy Moss');
  });

  it('given a phrase nobody says side by side, keeps nobody', () => {
    expect(kept('billing backend')).toBe('nobody');
  });
});

describe('/people over the same directory', () => {
  it('given a phrase, lists someone whose entry says it, nobody who has its words only apart', () => {
    const answer = bot.answer({ platform: 'cli', command: null, text: 'who has backend engineering experience?' });
    // A Backend Engineer does backend engineering though Ada says the word as asked; Cy and Di say it only apart.
    expect(answer.matches.map((m) => m.title)).toEqual(['Ada Lane', 'Bo Reyes']);
  });

  it('given a phrase said by another name (site reliability: reliability engineering), lists whoever says that', () => {
    const answer = bot.answer({ platform: 'cli', command: 'people', text: 'site reliability' });
    expect(answer.matches.map((m) => m.title)).toContain('Flo Kim');
  });
});
