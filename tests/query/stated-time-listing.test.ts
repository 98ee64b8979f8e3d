/**
 * A year stated beside what is asked keeps the entries that stand to it, and the answer shows those alone: the
 * command's own listing of everything it found would claim the others too.
 */
import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/render/terminal.js';
import { martinBot, parseLine } from '../helpers/bot.js';
import { botFor } from './fixture-bots.js';

const shown = (answer: ReturnType<ReturnType<typeof martinBot>['answer']>) => renderTerminal(answer, { color: false });

describe('entries kept to a stated year', () => {
  it('given "what did he do before 2015?", lists Netflix, Expedia and Dell, never PicPay or Snowflake', () => {
    const answer = martinBot().answer(parseLine('what did he do before 2015?'));
    const text = shown(answer);
    expect(answer.matches.map((m) => m.title)).toEqual([
      'Performance Architect at Netflix',
      'Performance Engineer at Expedia',
      'Performance Engineer at Dell',
    ]);
    for (const m of answer.matches) expect(text).toContain(m.title);
    expect(text).not.toContain('PicPay');
    expect(text).not.toContain('Snowflake');
  });

  it('given "what did she do after 2016?" of Lena, lists Confluent and Dropbox, never Rackspace', () => {
    const answer = botFor('senior-engineer').answer(parseLine('what did she do after 2016?'));
    const text = shown(answer);
    expect(answer.matches.map((m) => m.title)).toEqual(['Staff Software Engineer at Confluent', 'Senior Software Engineer at Dropbox']);
    expect(text).toContain('Dropbox');
    expect(text).not.toContain('Rackspace');
  });

  it('given "what did he do between 2011 and 2013?", lists Netflix, Expedia and Dell (from January 2011), titled with both years', () => {
    const answer = martinBot().answer(parseLine('what did he do between 2011 and 2013?'));
    expect(answer.matches.map((m) => m.title)).toEqual([
      'Performance Architect at Netflix',
      'Performance Engineer at Expedia',
      'Performance Engineer at Dell',
    ]);
    expect(answer.title).toBe('3 entries between 2011 and 2013');
  });

  it('given "from 2015 to 2022" or the years the other way round, the same time', () => {
    const titles = (line: string) =>
      martinBot()
        .answer(parseLine(line))
        .matches.map((m) => m.title);
    const expected = ['VP, Platform Engineering at PicPay', 'Performance Architect at Snowflake', 'Performance Architect at Netflix'];
    expect(titles('where did he work from 2015 to 2022?')).toEqual(expected);
    expect(titles('where did he work between 2022 and 2015?')).toEqual(expected);
  });

  it('given "o que ele fez entre 2011 e 2013?" in Portuguese, the same three, titled in Portuguese', () => {
    const answer = martinBot().answer({ ...parseLine('o que ele fez entre 2011 e 2013?'), locale: 'pt-BR' });
    expect(answer.matches).toHaveLength(3);
    expect(answer.title).toContain('entre 2011 e 2013');
  });

  it('given "was he at dell between 2015 and 2018?", says the Dell role was not then', () => {
    const answer = martinBot().answer(parseLine('was he at dell between 2015 and 2018?'));
    expect(answer.kind).toBe('empty');
    expect(answer.title).toBe('Performance Engineer at Dell: not between 2015 and 2018');
  });
});
