/**
 * "Who knows go or rust?" asks for whoever fits either: each alternative is asked on its own (the words before the
 * first, "knows", carried over, as "and" does), and everyone who fits one is listed once, ranked as one list. Nobody
 * fits when neither fits anyone, whichever comes first. An alternative that names nothing of its own and points back
 * ("a phd or currently doing one") or says only a section's words ("or school project") asks nothing new: the first
 * part is asked alone.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { directoryBot, SIX } from './fixture.js';

const bot = directoryBot();
const people = (asked: string) => bot.answer(parseLine(asked)).matches.map((m) => m.person?.id);
/** With Jordan (London) and Ana (Bogotá, Zürich), who work abroad. */
const everyone = directoryBot([...SIX, 'awkward', 'edge']);
const anyone = (asked: string) => everyone.answer(parseLine(asked)).matches.map((m) => m.person?.id);

describe('either one, across people', () => {
  it('given "who knows go or rust?", lists whoever knows either, once each', () => {
    expect(people('who knows go or rust?')).toEqual(['senior-engineer', 'new-grad']);
    expect(people('quem sabe go ou rust?')).toEqual(people('who knows go or rust?'));
  });

  it('given a first alternative whose name the stop lists keep ("go"), still carries "knows" over to the next', () => {
    // Not Richard, by a course named "Java Introduction": "who knows java?" lists only Lena and Maya.
    expect(people('who knows go or java?')).toEqual(['senior-engineer', 'new-grad']);
  });

  it('given alternatives of places, degrees and years, lists the union', () => {
    expect(people('who worked at netflix or dropbox?').sort()).toEqual(['martin', 'senior-engineer']);
    expect(people('who has either a phd or a masters?').sort()).toEqual(['martin-alvarez', 'senior-engineer']);
    expect(people('who was working in 2014 or 2015?').sort()).toEqual(['martin', 'sample', 'senior-engineer']);
  });

  it('given an alternative opening with its own little word ("or in latin america"), asks it with the lead before it', () => {
    // Before, "worked in in latin america" read no place, and only Martin (Dell, Porto Alegre) was listed.
    expect(anyone('who has worked in brazil or in latin america?').sort()).toEqual(['edge', 'martin']);
    expect(anyone('quem trabalhou no brasil ou em outro país da américa latina?').sort()).toEqual(['edge', 'martin']);
    expect(anyone('who worked in europe or at netflix?').sort()).toEqual(['awkward', 'edge', 'martin']);
  });

  it('given two verbs of one form before one object ("living or working in europe"), asks each verb of it', () => {
    // Before, "living" was asked alone, and "working in europe" named nothing to look for: nobody was listed.
    expect(anyone('who is currently living or working in europe').sort()).toEqual(['awkward', 'edge', 'martin-alvarez']);
    expect(anyone('who has lived or worked in latin america?').sort()).toEqual(['edge', 'martin']);
    // Daniel, Ana, Martín and Lena list Spanish; before, all seven with a language or a text that "writes" were listed.
    expect(anyone('who speaks or writes spanish?').sort()).toEqual(['career-changer', 'edge', 'martin-alvarez', 'senior-engineer']);
  });

  it('given an alternative of parts asked together, each part still holds', () => {
    expect(people('who knows kafka or kubernetes and go?').sort()).toEqual(['martin', 'senior-engineer']);
  });

  it('given an alternative that names nothing of its own ("or currently doing one"), asks the first part alone', () => {
    // Before, "currently doing one" was asked on its own, and listed whoever has anything under way.
    expect(people('anyone with a phd or currently doing one?').sort()).toEqual(['martin-alvarez', 'senior-engineer']);
    // Nor does one of only a section's words ("or school project"), which asked alone listed everyone with a project.
    expect(anyone("who's had a team lead role on a hackathon or school project?")).toEqual(
      anyone("who's had a team lead role on a hackathon?"),
    );
  });

  it('given two verbs in the past ("written or published anything on compression"), asks each of the object', () => {
    // Ana and Lena have written, but not on compression; Richard published "Video compression for 3d media".
    expect(anyone('has anyone written/published anything on compression?')).toEqual(['sample']);
    expect(anyone('who has published or written about compression?')).toEqual(['sample']);
    // A thing named in the plural is no verb: "into snakes or reptiles" is either.
    expect(anyone('anyone into snakes / reptiles?')).toEqual(['edge']);
  });

  it('given alternatives in either order, lists the same people', () => {
    // Before, "banking" after "fintech" was read as naming nothing of its own, and nobody was listed.
    // Jordan at Northwind Bank; Martin at PicPay, a digital wallet (a fintech).
    expect(anyone('who has worked in fintech or banking?')).toEqual(['awkward', 'martin']);
    expect(anyone('who has worked in banking or fintech?')).toEqual(anyone('who has worked in fintech or banking?'));
  });

  it('given "or" of a bound, asks no alternatives', () => {
    expect(people('who speaks 3 or more languages?').sort()).toEqual(['martin-alvarez', 'senior-engineer']);
  });

  it('given one word after a first part ending in a little word and its name, asks the first part of that word', () => {
    // "Led teams of analysts", never "led analysts" (Daniel was an analyst, and led a restaurant's staff).
    expect(people('who has led teams of engineers or analysts?')).not.toContain('career-changer');
    expect(people('who has led teams of engineers or analysts?').sort()).toEqual(people('who has led teams of engineers?').sort());
  });

  it('given "both" before two parts, asks each part', () => {
    expect(people('who knows both python and go?').sort()).toEqual(['new-grad', 'senior-engineer']);
  });

  it('given a list parted by commas, asks each of its items as its last', () => {
    expect(people("who's into climbing, running or cycling?").sort()).toEqual(['career-changer', 'new-grad']);
    expect(people('who worked at netflix, dropbox or google?').sort()).toEqual(['martin', 'senior-engineer']);
    // Any section: Daniel's Google Data Analytics certificate says google.
    expect(people('/people netflix, dropbox, or google').sort()).toEqual(['career-changer', 'martin', 'senior-engineer']);
    expect(people('who knows go, rust and python?')).toEqual(people('who knows go and rust and python?'));
    expect(bot.answer(parseLine('who worked at netflix, dropbox or google?')).title).toContain('“worked at netflix, dropbox or google”');
  });

  it('given alternatives nobody fits, finds nobody', () => {
    expect(people('who knows cobol or fortran?')).toEqual([]);
  });
});
