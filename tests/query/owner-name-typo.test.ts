/**
 * The owner's name typed with one typo: "does jordn speak any french at all" of Jordan Okafor answered "Nothing about
 * Jordn", as if it were someone else. A word the résumé never says, no ordinary word, that starts as a word of the
 * owner's name of five letters or more and is one edit from it, is now that word. A short name, another name that
 * is further off, and an ordinary word are left as typed. A name's first four letters or more ("rich" of Richard)
 * are the name too, and so is a diminutive of it ("danny" of Daniel: "what's danny's degree in?" found nothing), and the
 * first three of a name of six letters or more ("what did dan do for the food bank?" said "Nothing about Dan"), unless
 * they are an ordinary word or a month's ("mar 2020" of Martin).
 */
import { describe, expect, it } from 'vitest';
import { ownerNameSpelled } from '../../src/query/owner-pronoun.js';
import { botFor } from './fixture-bots.js';
import { parseLine } from '../helpers/bot.js';

const names = new Set(['jordan', 'okafor', 'lena', 'vasquez', 'richard', 'hendriks']);
const knows = (w: string) => ['french', 'northwind'].includes(w);

describe("the owner's name with a typo", () => {
  it.each([
    ['does jordn speak any french at all', 'does jordan speak any french at all'],
    ['what did jrodan do at northwind', 'what did jordan do at northwind'],
    ['is okafr a cloud engineer', 'is okafor a cloud engineer'],
    ['what did vasqez publish', 'what did vasquez publish'],
    // A name's first four letters or more, as names are shortened, even an ordinary word.
    ['does rich know js', 'does richard know js'],
    ['what did jord do at northwind', 'what did jordan do at northwind'],
    // A diminutive: the name's first letters, then "y" or "ie".
    ['does richie know js', 'does richard know js'],
    ['is jordy here', 'is jordan here'],
    // Three letters of a name of six or more.
    ['what did ric do', 'what did richard do'],
    ['what did jor do', 'what did jordan do'],
  ])('given "%s", reads "%s"', (typed, read) => {
    expect(ownerNameSpelled(typed, names, knows)).toBe(read);
  });

  it.each([
    // Four letters: one typo makes another name.
    'what did lina do',
    // Two edits off, or another first letter.
    'who is jordi',
    // Three letters of a name of five, or a longer word that only starts like the name.
    'what did len do',
    'who is richardson',
    'who is gordan',
    // Ordinary words and the résumé's own.
    'does he speak french',
    // Not a diminutive of these names, or an ordinary word ending in "y".
    'did ricky go',
    'is lenny here',
    'is he ready',
  ])('given "%s", leaves it as typed', (typed) => {
    expect(ownerNameSpelled(typed, names, knows)).toBe(typed);
  });

  it("given three letters that are a month's, leaves them as typed", () => {
    expect(ownerNameSpelled('what was he doing in mar 2020', new Set(['martin', 'spier']), () => false)).toBe(
      'what was he doing in mar 2020',
    );
  });

  it("given a possessive of a short name, or another language's word, leaves it as typed", () => {
    expect(ownerNameSpelled('ela gosta de mapas', new Set(['maya', 'mayas']), knows)).toBe('ela gosta de mapas');
    expect(ownerNameSpelled('ele sabe redes', new Set(['daniel', 'reyes']), knows, (w) => w === 'redes')).toBe('ele sabe redes');
    expect(botFor('career-changer').answer(parseLine('ele sabe redes?')).title).toBe('No skill matches “networks”');
  });

  it('given a question about the owner with a typo in their name, answers about the owner', () => {
    const answer = botFor('awkward').answer(parseLine('does jordn speak any french at all'));
    expect(answer.kind).toBe('result');
    expect(answer.matches[0]?.title).toBe('French');
    expect(botFor('awkward').answer(parseLine('who is jordi?')).title).toBe('Nothing about Jordi');
  });

  it('given a question about the owner by a shortened name, answers about the owner', () => {
    const answer = botFor('sample').answer(parseLine('does rich know JS?'));
    expect(answer.kind).toBe('result');
    expect(answer.matches[0]?.title).toBe('Javascript');
    const degree = botFor('career-changer').answer(parseLine("what's danny's degree in?"));
    expect(degree.matches[0]?.title).toBe('Associate of Applied Science Business Administration at Austin Community College');
    const foodBank = botFor('career-changer').answer(parseLine('what did dan do for the food bank?'));
    expect(foodBank.matches[0]?.section).toBe('volunteer');
    expect(foodBank.matches[0]?.title).toContain('Central Texas Food Bank');
  });
});
