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
});
