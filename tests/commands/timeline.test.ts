import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW, martinBot } from '../helpers/bot.js';

const ask = (text: string, command: string | null = null) => martinBot().answer({ platform: 'cli', command, text });

describe('/timeline', () => {
  it('given the bundled résumé, answers with the timeline picture named and the same timeline as text bars', () => {
    const answer = ask('', 'timeline');
    expect(answer).toMatchObject({
      kind: 'list',
      title: 'Career timeline',
      subtitle: 'Martin Spier · 5 roles · 2 in education',
      route: { command: 'timeline', query: '' },
    });
    expect(answer.attachments).toEqual([
      {
        kind: 'timeline',
        display: 'inline',
        filename: 'timeline.png',
        contentType: 'image/png',
        label: expect.stringMatching(/^Career timeline of Martin Spier: PicPay, VP, Platform Engineering \(Nov 2021 – Present/),
      },
    ]);
    const lines = answer.body!.split('\n');
    expect(lines[0]).toMatch(/^2002 +2026$/);
    expect(lines[1]).toMatch(/^[░█]{24} {2}PicPay · VP, Platform Engineering · Nov 2021 – Present · 5 yrs 1 mo$/);
    expect(answer.matches.map((m) => m.id)).toEqual(['work-0', 'work-1', 'work-2', 'work-3', 'work-4']);
  });

  it.each(['show me his career', 'timeline', 'can I see his career timeline?', 'career history please'])(
    'given "%s", routes to the timeline',
    (text) => {
      expect(ask(text).route?.command).toBe('timeline');
    },
  );

  it.each([
    ['when did he start his career?', 'experience'],
    ['what did he do at netflix?', 'experience'],
    ['what is his work history', 'experience'],
  ])('given "%s", still routes to %s', (text, command) => {
    expect(ask(text).route?.command).toBe(command);
  });

  it('given a résumé with nothing to place, says so instead of drawing an empty picture', () => {
    const bot = createBot({
      resume: parseResume({ basics: { name: 'Nobody Yet' } }, 't.json'),
      aliases: loadAliasesFile('data/aliases.json'),
      clock: () => FIXED_NOW,
    });
    const answer = bot.answer({ platform: 'cli', command: 'timeline', text: '' });
    expect(answer.kind).toBe('empty');
    expect(answer.attachments).toBeUndefined();
  });
});
