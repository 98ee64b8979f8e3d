/**
 * "Who has a GitHub?", "who is on LinkedIn?", "anyone on Twitter?" found nobody: a profile is no entry of a section.
 * Across people, an account on a network is whoever lists a profile there (basics.profiles), each with its name
 * there; someone who keeps their profiles private (meta.privateFields) is not listed by them, and "worked at github"
 * still asks for an employer.
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

const bot = directoryBot();
const people = (asked: string) => peopleListed(bot, asked);

describe('accounts on a network, across people', () => {
  it('given "who has a github?", lists everyone with a GitHub profile, each with their name there', () => {
    const answer = bot.answer(parseLine('who has a github?'));
    expect(people('who has a github?')).toEqual(['career-changer', 'martin', 'new-grad', 'senior-engineer']);
    expect(answer.sections[0]?.bullets).toContain('Dr. Lena Vasquez — GitHub · lvasquez');
    expect(people('which people have github profiles?')).toEqual(people('who has a github?'));
    expect(people('quem tem github?')).toEqual(people('who has a github?'));
  });

  it('given another network, only whoever lists a profile on it', () => {
    expect(people('who is on linkedin?')).toEqual(['career-changer', 'martin', 'new-grad', 'senior-engineer']);
    expect(people('who uses mastodon?')).toEqual(['senior-engineer']);
    expect(people('anyone on twitter?')).toEqual(['sample']);
    expect(people('who has a bluesky account?')).toEqual([]);
  });

  it('given someone who keeps their profiles private, does not list them by one', () => {
    // Lena's file as she would write it, keeping her profiles private.
    const lena = JSON.parse(readFileSync(resumePath('senior-engineer'), 'utf8')) as Record<string, unknown>;
    const file = join(mkdtempSync(join(tmpdir(), 'profiles-')), 'senior-engineer.json');
    writeFileSync(file, JSON.stringify({ ...lena, meta: { privateFields: ['basics.profiles'] } }));
    const people = SIX.map((id) => ({ id, resume: loadResumeFile(id === 'senior-engineer' ? file : resumePath(id)) }));
    const keeping = createDirectoryBot({ people, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW });
    expect(peopleListed(keeping, 'who has a github?')).toEqual(['career-changer', 'martin', 'new-grad']);
    expect(peopleListed(keeping, 'who uses mastodon?')).toEqual([]);
  });

  it('given "worked at github", asks for an employer, not a profile', () => {
    expect(people('who has worked at github?')).toEqual([]);
  });
});
