/**
 * Portuguese puts a noun's qualifier after it, English before: the glossary reads "engenheiro de
 * software" as "software engineer" so the router's qualifier rules (a word beside a known name)
 * see the English order. A joining word with an article names a particular thing, and a place
 * after "em" is no qualifier.
 */
import { describe, expect, it } from 'vitest';
import { glossQuestion } from '../../src/query/language.js';
import { normalize } from '../../src/query/normalize.js';

const gloss = (text: string) => glossQuestion(normalize(text));

describe('Portuguese word order read as English', () => {
  it('given a noun and its qualifier after "de", "em" or an adjective, puts the qualifier first', () => {
    expect(gloss('ele foi engenheiro de software?')).toBe('was he a software engineer');
    expect(gloss('ele sabe segurança em nuvem?')).toBe('he know cloud security');
    expect(gloss('ele foi gerente geral?')).toBe('was he a general manager');
    expect(gloss('ela foi engenheira sênior?')).toBe('was she a senior engineer');
    expect(gloss('ele foi diretor de engenharia na netflix?')).toBe('was he a engineering director at netflix');
  });

  it('given a particular thing, a place, a year or a longer name, keeps the order', () => {
    expect(gloss('ele foi engenheiro na netflix?')).toBe('was he a engineer at netflix');
    expect(gloss('ele trabalhou em bellevue?')).toBe('he worked in bellevue');
    expect(gloss('ele foi engenheiro em 2015?')).toBe('was he a engineer in 2015');
    expect(gloss('ele foi engenheiro de porto alegre?')).toBe('was he a engineer of porto alegre');
  });

  it('given "último", asks for the latest; "penúltimo" and "anterior", the one before', () => {
    expect(gloss('qual o último emprego dele?')).toBe('which the latest job');
    expect(gloss('qual o penúltimo emprego dele?')).toBe('which the previous job');
  });

  it('given everyday spellings, reads them as the words they stand for', () => {
    expect(gloss('vc sabe onde ele trampa?')).toBe('where he works');
    expect(gloss('ele trabalhou fora do brasil?')).toBe('he worked outside brazil');
  });

  it('given a word the résumé lacks, reads it as its English cognate only when the résumé uses that', () => {
    const knows = (vocabulary: string[]) => (words: readonly string[]) => words.every((w) => vocabulary.includes(w));
    expect(glossQuestion(normalize('ele trabalhou num restaurante?'), knows(['restaurant']))).toBe('he worked at a restaurant');
    expect(glossQuestion(normalize('ela gosta de cartografia?'), knows(['cartography']))).toBe('she likes cartography');
    expect(glossQuestion(normalize('ele estudou administração?'), knows(['administration']))).toBe('he study administration');
    expect(glossQuestion(normalize('ele trabalhou num restaurante?'), knows([]))).toBe('he worked at a restaurante');
  });
});
