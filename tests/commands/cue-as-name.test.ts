/**
 * A command typed by a word people use for it ("/certs aws", "/jobs", "/hobbies") answered "There is no /certs
 * command". A one-word cue of one command alone, typed as a command's name, is that command; a word that is no
 * command's cue, or the cue of several, is still no command.
 */
import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';

describe('a command typed by one of its cues', () => {
  it.each([
    ['/certs aws', 'certificates', 'AWS Certified Solutions Architect - Professional'],
    ['/hobbies', 'interests', null],
    ['/jobs confluent', 'experience', 'Staff Software Engineer at Confluent'],
  ])('given "%s", answers as /%s', (line, command, first) => {
    const answer = botFor('senior-engineer').answer(parseLine(line));
    expect(answer.route?.command).toBe(command);
    if (first) expect(answer.matches[0]?.title).toBe(first);
  });

  it('given a word that is no command and no cue, says there is no such command', () => {
    expect(botFor('senior-engineer').answer(parseLine('/who kafka')).title).toBe('There is no /who command');
  });

  it("never reads a cue several commands share as one of them, nor a command by another's cue", () => {
    // "Career" asks /experience alone; "timeline" is a cue of /experience and the name of /timeline.
    expect(findCommand('career')?.data.name).toBe('experience');
    expect(findCommand('timeline')?.data.name).toBe('timeline');
  });
});
