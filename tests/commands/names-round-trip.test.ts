/**
 * What the bot names an entry is a way to ask for it: the title `--json` prints ("Performance
 * Architect at Netflix", "B.Sc. Computer Science at PUCRS", "Teacher at CoderDojo") and every
 * choice autocomplete offers, typed back into the command, find that entry; a name that is
 * only part of one, or names something the résumé lacks, still finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { directoryBot } from '../directory/fixture.js';
import { botFor } from '../query/fixture-bots.js';

const NAMED = ['martin', 'career-changer', 'new-grad', 'senior-engineer', 'sample', 'relevance-edge', 'awkward'];
/** `edge` leaves some entries without a name: their made-up titles ("Unnamed reference") name nothing and are never offered. */
const RESUMES = [...NAMED, 'edge'];

/** Every (résumé, command, title) the section commands list when asked for all of their entries. */
function listedTitles(): Array<[string, string, string]> {
  return NAMED.flatMap((id) => {
    const bot = botFor(id);
    return bot.commands
      .filter((c) => c.section && c.data.name !== 'resume')
      .flatMap((c) => bot.answer(parseLine(`/${c.data.name}`)).matches.map((m) => [id, c.data.name, m.title] as [string, string, string]));
  });
}

/** Every (résumé, command, choice) autocomplete offers before anything is typed. */
function offeredChoices(): Array<[string, string, string]> {
  return RESUMES.flatMap((id) => {
    const bot = botFor(id);
    return bot.commands
      .filter((c) => c.data.option?.autocomplete && c.data.name !== 'resume')
      .flatMap((c) => bot.complete(c.data.name, '', 500).map((v) => [id, c.data.name, v] as [string, string, string]));
  });
}

describe('an entry asked for by the title the bot gives it', () => {
  const titles = listedTitles();

  it('covers titles of several words in every kind of entry (the set is not empty)', () => {
    expect(titles.length).toBeGreaterThan(100);
    expect(titles.some(([, command, title]) => command === 'education' && title.includes(' at '))).toBe(true);
    expect(titles.some(([, command, title]) => command === 'volunteer' && title.includes(' at '))).toBe(true);
  });

  it.each(titles)('given %s\'s "/%s %s", answers that entry first', (id, command, title) => {
    const answer = botFor(id).answer(parseLine(`/${command} ${title}`));
    expect(answer.matches[0]?.title).toBe(title);
  });
});

describe('a choice autocomplete offers', () => {
  it('never offers a title made up for an entry without a name', () => {
    const edge = botFor('edge');
    const offered = edge.commands.flatMap((c) => (c.data.option?.autocomplete ? edge.complete(c.data.name, '', 500) : []));
    const madeUp = edge.commands.flatMap((c) =>
      c.section ? edge.answer(parseLine(`/${c.data.name}`)).matches.filter((m) => /^Unnamed|certificate$/.test(m.title)) : [],
    );
    expect(madeUp.length).toBeGreaterThan(0);
    for (const m of madeUp) expect(offered).not.toContain(m.title);
  });

  it.each(offeredChoices())('given %s\'s "/%s %s", finds something', (id, command, choice) => {
    const answer = botFor(id).answer(parseLine(`/${command} ${choice.replace(/…$/, '')}`));
    expect(answer.matches.length).toBeGreaterThan(0);
  });
});

describe('names put together that no entry has', () => {
  it.each([
    ['martin', '/experience performance architect at google'],
    ['martin', '/experience vp at netflix'],
    ['martin', '/education computer science at harvard'],
    ['martin', '/skills cloud security'],
    ['sample', '/volunteer teacher at hooli'],
    ['senior-engineer', '/education bachelor of science at stanford'],
  ])('given %s and "%s", answers nothing', (id, ask) => {
    expect(botFor(id).answer(parseLine(ask)).matches).toEqual([]);
  });
});

describe('in a directory of several people', () => {
  it('given "/experience Performance Architect at Netflix" with nobody named, answers Martin\'s Netflix role across everyone', () => {
    const answer = directoryBot().answer(parseLine('/experience Performance Architect at Netflix'));
    expect(answer.matches.map((m) => [m.person?.id, m.title])).toEqual([['martin', 'Performance Architect at Netflix']]);
  });

  it('given "/volunteer Teacher at CoderDojo", answers Richard\'s entry only', () => {
    const answer = directoryBot().answer(parseLine('/volunteer Teacher at CoderDojo'));
    expect(answer.matches.map((m) => [m.person?.id, m.title])).toEqual([['sample', 'Teacher at CoderDojo']]);
  });
});
