/**
 * Free text naming no one is asked only of those who may answer it: whoever's text says one of its words, and of
 * the rest (who all read it alike) only when the first of them answers. Some answers are found by more than the
 * words, and those people are still asked: a kind of skill the taxonomy knows, a degree asked by its level, a translated
 * copy's own words.
 */
import { describe, expect, it } from 'vitest';
import { createDirectoryBot } from '../../src/core/directory.js';
import type { Answer } from '../../src/model/answer.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';

/** A person with the same sections as every other here (one route table for all): skills, one role, one school. */
function person(id: string, name: string, skills: string[], studyType: string, translations?: Record<string, string[]>) {
  const raw = (keywords: string[]) => ({
    basics: { name },
    work: [{ name: 'Initech', position: 'Engineer', startDate: '2019-01' }],
    education: [{ institution: 'State University', area: 'Physics', studyType, startDate: '2010-09', endDate: '2014-06' }],
    skills: [{ name: 'Tools', keywords }],
  });
  const copies = Object.entries(translations ?? {}).map(([tag, keywords]) => [tag, parseResume(raw(keywords), `${id}.${tag}.json`)]);
  return { id, resume: parseResume(raw(skills), `${id}.json`), translations: Object.fromEntries(copies) };
}

const people = [
  person('ana', 'Ana Costa', ['Mentoring'], 'Bachelor'),
  person('bia', 'Bia Souza', ['Mentoring'], 'Bachelor'),
  person('bruno', 'Bruno Eze', ['Figma'], 'Bachelor'),
  person('chen', 'Chen Ito', ['PostgreSQL'], 'Doctor of Philosophy'),
  person('dana', 'Dana Baker', ['Kafka'], 'Master of Science'),
  person('emeka', 'Emeka Dubois', ['Redis'], 'Doctor of Philosophy'),
  // Her copy in Portuguese says what her résumé does not.
  person('fatima', 'Fatima Haddad', ['Mentoring'], 'Bachelor', { 'pt-BR': ['Cerâmica'] }),
];
const aliases = loadAliasesFile('data/aliases.json');
const showing = (shown: number) => createDirectoryBot({ people, aliases, clock: () => FIXED_NOW, shown });
/** The reference: every person asked, none passed over. */
const everyoneAsked = showing(Number.POSITIVE_INFINITY);
const ask = (bot: ReturnType<typeof showing>, line: string): Answer => bot.answer({ ...parseLine(line), platform: 'cli' });
const whose = (answer: Answer) => [...new Set(answer.matches.map((m) => m.person?.id))];

describe('given people who read a question alike, the first of them saying none of its words', () => {
  it.each([
    ['what databases do they know?', ['chen', 'emeka']],
    ['which databases have they used?', ['chen', 'emeka']],
    ['kafka experience', ['dana']],
  ])('answers %s with those who fit, as asking everyone does', (line, expected) => {
    expect(whose(ask(showing(2), line))).toEqual(expected);
    expect(whose(ask(showing(2), line))).toEqual(whose(ask(everyoneAsked, line)).slice(0, 2));
  });

  it('answers a degree by its level (phd: a Doctor of Philosophy) with those who hold it, though no text says "phd"', () => {
    const answer = ask(showing(2), 'phd');
    expect(whose(answer)).toEqual(whose(ask(everyoneAsked, 'phd')));
    expect(whose(answer)).toEqual(['chen', 'emeka']);
  });

  it("asks a Portuguese asker's question of a translated copy too, though her résumé says none of its words", () => {
    const answer = showing(2).answer({ ...parseLine('experiência com cerâmica'), platform: 'cli', locale: 'pt-BR' });
    expect(whose(answer)).toEqual(['fatima']);
  });

  it("answers a degree a word of education asks for by its level (an mba: a master's) with those who hold one", () => {
    expect(whose(ask(showing(2), 'does she have an mba?'))).toEqual(['dana']);
  });

  it('answers nobody when no one says the words, in the words of asking everyone', () => {
    const answer = ask(showing(2), 'cobol experience');
    expect(whose(answer)).toEqual([]);
    expect(answer.title).toEqual(ask(everyoneAsked, 'cobol experience').title);
  });
});
