/**
 * "What was her RustConf talk?" answered Ana's skill Public speaking: "talk" is another name of public speaking, which
 * names that skill whole, and it outranked "rustconf", the whole publisher of her paper "Rust for Robot Arms" (a
 * facet, a little below a name). A whole name found only through another name of the words yields to a whole name
 * said as it is, when that is nearly as high; alone, another name still answers ("does she give talks?").
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { botFor } from './fixture-bots.js';

const first = (resume: string, line: string) => botFor(resume).answer(parseLine(line)).matches[0];

describe('a name said as it is, beside another name of a word', () => {
  it.each(['what was her RustConf talk?', 'has ana given a talk at rustconf', 'ana spoke at rustconf right? what was the talk called'])(
    'given "%s", answers the publication RustConf published',
    (line) => {
      const found = first('edge', line);
      expect(found?.section).toBe('publications');
      expect(found?.title).toBe('Rust for Robot Arms');
    },
  );

  it('given another name alone, answers what it names', () => {
    expect(first('edge', 'does she give talks?')?.title).toBe('Public speaking');
    expect(first('martin', 'does he know k8s?')?.title).toBe('Kubernetes');
  });

  it('given another name of a whole name, with part of a facet said as it is, answers the whole name', () => {
    expect(first('senior-engineer', 'does he know amazon web services')?.section).toBe('certificates');
  });
});
