/**
 * Part of a name that only says a kind of work ("engineering", "management") names nothing on its
 * own: a word before it makes another name, which the résumé has or not. "Software engineering"
 * is no Performance Engineering, "talent management" no Change Management, in English and in
 * Portuguese, and in a translated copy's own words ("gestão de talentos").
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'martin', ask: 'does he know software engineering?', command: 'skills', first: null },
  { resume: 'martin', ask: 'does he know talent management?', command: 'skills', first: null },
  { resume: 'martin', ask: 'ele sabe engenharia de software?', command: 'skills', first: null },
  { resume: 'martin', ask: 'does he know performance engineering?', command: 'skills', first: 'Performance Engineering' },
  { resume: 'martin', ask: 'does he know conflict resolution?', command: 'skills', first: 'Conflict Management' },
];

describe('a kind of work asked with a word before it', () => {
  specsFor('a kind of work asked with a word before it', ASKED, new Set());

  const translated = createBot({
    resume: loadResumeFile('data/resume.json'),
    translations: { 'pt-BR': loadResumeFile('tests/fixtures/martin.pt-BR.json') },
    aliases: loadAliasesFile('data/aliases.json'),
    clock: () => FIXED_NOW,
  });
  it.each([
    ['ele sabe gestão de talentos?', null],
    ['ele sabe engenharia de sistemas?', null],
    ['ele sabe gestão de conflitos?', 'Gestão de Conflitos'],
    ['ele sabe engenharia de dados?', 'Engenharia de Dados'],
  ])('given the translated copy asked "%s", answers %s', (ask, first) => {
    const answer = translated.answer({ ...parseLine(ask), locale: 'pt-BR' });
    expect(answer.route?.command).toBe('skills');
    expect(answer.matches[0]?.title ?? null).toBe(first);
  });
});
