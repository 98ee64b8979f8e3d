/**
 * "Who is a student?" listed everyone who ever studied: the words restate the education section. Being a student,
 * studying or in school now asks for studies under way today (begun, and ending this month or later), each with them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDirectoryBot } from '../../src/core/directory.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { resumePath } from '../query/fixture-bots.js';
import { directoryBot, peopleListed, SIX } from './fixture.js';

describe('studying now, across people', () => {
  it('given nobody here studying now, "who is a student?" finds nobody', () => {
    const bot = directoryBot();
    expect(peopleListed(bot, 'who is a student?')).toEqual([]);
    expect(peopleListed(bot, 'anyone still in school?')).toEqual([]);
    expect(peopleListed(bot, 'who studies now?')).toEqual([]);
    expect(peopleListed(bot, 'quem é estudante?')).toEqual([]);
    expect(peopleListed(bot, 'quem está estudando?')).toEqual([]);
    // Asked of a school, it is still who studied there.
    expect(peopleListed(bot, 'who was a student at the university of washington?')).toEqual(['new-grad']);
  });

  it('given someone whose degree ends after today, lists them with it', () => {
    // Maya as she was a year before graduating: her degree ends in the summer after the fixed clock.
    const maya = JSON.parse(readFileSync(resumePath('new-grad'), 'utf8')) as { education: Array<{ endDate?: string }> };
    maya.education[0]!.endDate = `${FIXED_NOW.getUTCFullYear() + 1}-06`;
    const file = join(mkdtempSync(join(tmpdir(), 'studying-')), 'new-grad.json');
    writeFileSync(file, JSON.stringify(maya));
    const people = SIX.map((id) => ({ id, resume: loadResumeFile(id === 'new-grad' ? file : resumePath(id)) }));
    const bot = createDirectoryBot({ people, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW });
    expect(peopleListed(bot, 'who is a student?')).toEqual(['new-grad']);
    expect(peopleListed(bot, 'who is studying now?')).toEqual(['new-grad']);
    expect(peopleListed(bot, 'quem é estudante?')).toEqual(['new-grad']);
    expect(bot.answer(parseLine('who is a student?')).sections[0]?.bullets).toEqual([
      'Maya Okonkwo — Bachelor of Science Computer Science at University of Washington',
    ]);
  });
});
