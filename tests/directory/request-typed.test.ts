/**
 * A request typed to a channel found nobody: "need someone to help with a kafka migration next quarter, who's got
 * hands-on kafka experience?" looked for the migration too, and "…i'd really like someone who actually holds an aws
 * certification to sanity check our answers before we submit, anyone?" for everything said around the ask. When the
 * whole finds nobody, the ask inside it is asked: the last clause when it asks again for the someone wanted, the last
 * clause that asks for someone itself ("…does anyone here actually know k8s? happy to buy coffee"), what comes before
 * a clause that only asks to be answered ("python AND typescript ppl, raise your hand 🙋"), else the words
 * from "someone who…" on, then these without the purpose said after them or a clause of its own ("…, the sales dashboard
 * broke again lol"). Nothing asked of anyone is dropped: a
 * list's parts, what someone went to or worked for, are asked as typed. Examples given of what is asked ("an african
 * language? yoruba, igbo, swahili"; "a real academic venue, like osdi/sosp/nsdi"; "worked in WA state - seattle,
 * bellevue, redmond, wherever") are asked in its place, and so is the ask itself when a last clause points back at it
 * ("kafka experience - who's got it?", which looked for "got it").
 */
import { describe, expect, it } from 'vitest';
import { askedInPlace, asksWithin, examplesGiven } from '../../src/query/request.js';
import { directoryBot, peopleListed, SIX } from './fixture.js';

const bot = directoryBot([...SIX, 'awkward', 'edge']);

describe('a request typed to a channel', () => {
  it.each([
    [
      "need someone to help with a kafka migration next quarter, who's got hands-on kafka expereince?",
      ['awkward', 'martin', 'senior-engineer'],
    ],
    [
      "we're doing an aws well-architected review next month and i'd really like someone who actually holds an aws certification to sanity check our answers before we submit, anyone?",
      ['senior-engineer'],
    ],
    // The clause that asks, between others.
    [
      "hey all, quick one — we're spinning up the new staging cluster next sprint and honestly i have no idea what i'm doing with the manifests. does anyone here actually know k8s? happy to buy coffee",
      ['awkward', 'edge', 'martin', 'senior-engineer'],
    ],
    // Examples of what is asked, asked in its place.
    ['anyone speak an african language? yoruba, igbo, swahili, anything', ['awkward', 'new-grad']],
    ['has anyone published at a real acadmic venue, like osdi/sosp/nsdi?', ['senior-engineer']],
    ["who's worked in WA state at some point - seattle, bellevue, redmond, wherever", ['martin', 'new-grad']],
    // The ask before a clause that only asks to be answered, and before one that tells something of its own.
    ['python AND typescript ppl, raise your hand 🙋', ['edge', 'new-grad']],
    ['need someone who knows tableau, the sales dashboard broke again lol', ['career-changer']],
    // The ask in the place of a last clause that points back at it.
    ["kafka experience - who's got it", ['awkward', 'martin', 'senior-engineer']],
    ['terraform — anyone used it?', ['awkward', 'senior-engineer']],
    // Asked as typed, these find nobody, and nothing narrower is asked.
    ['did anyone on the team go to MIT?', []],
    ['anyone who went to mit?', []],
    ['who knows python, cobol?', []],
  ])('given "%s", lists whoever the ask inside it finds', (asked, people) => {
    expect(peopleListed(bot, asked)).toEqual(people);
  });

  it('reads the ask inside a request, and nothing of a question or a list', () => {
    expect(asksWithin("need someone to help with a migration, who's got kafka experience?")).toEqual(
      ["who's got kafka experience", 'someone to help with a migration, who'].slice(0, 1),
    );
    expect(asksWithin('i would like someone who holds an aws cert to sanity check our answers')).toEqual([
      'someone who holds an aws cert to sanity check our answers',
      'someone who holds an aws cert',
    ]);
    expect(asksWithin('no idea what to do. does anyone know k8s? happy to buy coffee')).toEqual(['does anyone know k8s']);
    expect(asksWithin('kafka folks, ping me')).toEqual(['kafka folks']);
    expect(asksWithin("someone who knows go, we're migrating")).toEqual(['someone who knows go']);
    expect(asksWithin('someone who knows go, rust')).toEqual([]);
    expect(asksWithin('who knows python, kafka?')).toEqual([]);
    expect(asksWithin('anyone who went to mit?')).toEqual([]);
  });

  it('reads the ask in the place of a last clause that points back at it, and only there', () => {
    expect(askedInPlace("kafka experience - who's got it?")).toBe("who's got kafka experience");
    expect(askedInPlace('python, who knows it')).toBe('who knows python');
    expect(askedInPlace('kafka? anyone?')).toBeUndefined();
    expect(askedInPlace('who knows it?')).toBeUndefined();
    expect(askedInPlace('who knows kafka - and flink?')).toBeUndefined();
  });

  it('reads examples given of what is asked, two at least, and nothing open-ended', () => {
    expect(examplesGiven('anyone speak an african language? yoruba, igbo, swahili, anything')).toEqual({
      head: 'anyone speak an african language',
      examples: ['yoruba', 'igbo', 'swahili'],
    });
    expect(examplesGiven('who published at a venue like osdi/sosp?')).toEqual({
      head: 'who published at a venue',
      examples: ['osdi', 'sosp'],
    });
    expect(examplesGiven('who worked in WA - seattle, bellevue, wherever')).toEqual({
      head: 'who worked in WA',
      examples: ['seattle', 'bellevue'],
    });
    expect(examplesGiven('who knows kafka? streams count too')).toBeUndefined();
    expect(examplesGiven('anyone like kafka?')).toBeUndefined();
  });
});
