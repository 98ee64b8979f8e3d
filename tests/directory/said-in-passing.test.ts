/**
 * Questions as people type them in a channel found nobody: "hey, does anyone here happen to know dbt?" looked for
 * "happen"; "any kafka people here?" listed everyone (the words before "people" were dropped); "tem alguém que fala
 * espanhol?" looked for "what" (Portuguese "que" glossed); "who was employed in mid 2019?" looked for "mid";
 * "anyone implemented raft?" looked for "implemented", and "built anything around raft?" for "around". Each now reads
 * as it is meant; a sentence before "people" ("who has managed people?") is still a question of its own. "Any devrel
 * folks on the team?" listed six people whose entries say "team": whose team it is says only where they are, and
 * "devrel" is developer relations. "Who had a job back in 2012" looked for "back", "any golang ppl around?" for
 * "ppl", and "who's still at a job they started in 2020 or earlier" listed whoever began one then, ended or not.
 * "Any native spanish speakers" listed everyone's languages, and "who had a job sometime between 2013 and 2015?" found
 * nobody; "who is employed rn?" looked for "rn", and "python who also knows kafka" for one text saying both. "People
 * holding a computer science degree" looked for "holding". "Any devrel / developer advocates in the directory?" listed
 * whoever says "developer"; "in the directory", "on this server" say where the people are, as "on the team" does. "Who is
 * comfortable w/ pg?" found nobody: "pg" is PostgreSQL. "Cs grads?" listed everyone's education: graduates, alumni and
 * majors are people, as folks are. "Any climbers on the team?" listed six people by "team", and "rustaceans in the
 * house?" a restaurant manager: placed among the asker's own, a plural noun says what someone is. "Any boulderers /
 * climbers around?" found nobody: the slash between them is "or".
 */
import { describe, expect, it } from 'vitest';
import { type Labelled, labelledRows } from '../query/fixture-bots.js';
import { specsFor } from '../query/labelled-spec.js';
import { directoryBot, peopleListed } from './fixture.js';

const ONE: readonly Labelled[] = labelledRows('senior-engineer', [
  ['has lena built anything around raft?', 'projects', 'raft-lab'],
  ['did she implement raft?', 'projects', 'raft-lab'],
  // Exposure to a tool is having used it, never someone's name.
  ['lena has exposure to terraform?', 'skills', 'Terraform'],
]);

describe('a question said in passing', () => {
  it.each([
    ['hey, does anyone here happen to know dbt?', ['career-changer']],
    // Holding, earning or receiving a degree is having it.
    ['we need people holding a computer science degree, who do we have?', ['martin', 'new-grad', 'senior-engineer']],
    ['anyone earning a computer science degree?', ['martin', 'new-grad', 'senior-engineer']],
    ['any kafka people here?', ['martin', 'senior-engineer']],
    ['kafka people?', ['martin', 'senior-engineer']],
    ['any R users here?', ['martin-alvarez']],
    ['rust folks around?', ['senior-engineer']],
    // Graduates, alumni and majors are people a subject or a school describes.
    ['cs grads?', ['martin', 'new-grad', 'senior-engineer']],
    // What describes them may be joined by "and" or "or".
    ['python and typescript ppl?', ['new-grad']],
    ['any spanish or igbo speakers here?', ['career-changer', 'martin-alvarez', 'new-grad', 'senior-engineer']],
    ['any computer science majors here?', ['martin', 'new-grad', 'senior-engineer']],
    // Speakers are people who speak: what describes them says what.
    ['any native spanish speakers', ['career-changer', 'martin-alvarez']],
    // Engineers, developers, analysts…: what describes them is their title's, unless it is a technology they know.
    ['any staff engineers?', ['senior-engineer']],
    ['any data analysts here?', ['career-changer']],
    ['any kafka engineers?', ['martin', 'senior-engineer']],
    ['any spanish speakers here?', ['career-changer', 'martin-alvarez', 'senior-engineer']],
    ['tem alguém que fala espanhol?', ['career-changer', 'martin-alvarez', 'senior-engineer']],
    // "Do we have any…", "are there any…", "I need a…" open the same question; a noun in the singular, and experts.
    ['do we have any python developers', ['career-changer', 'new-grad', 'senior-engineer']],
    ['are there any kafka people here?', ['martin', 'senior-engineer']],
    ['do we have a native spanish speaker on the team?', ['career-changer', 'martin-alvarez']],
    ['i need a data analyst', ['career-changer']],
    ['do we have any kafka experts?', ['martin', 'senior-engineer']],
    // What people do, by more nouns ("advocates", "interns", "supervisors"); one of them only after an opener.
    ['any shift supervisors around?', ['career-changer']],
    ['any research interns?', ['new-grad']],
    ['is there a research intern here?', ['new-grad']],
    ['anyone into climbing/bouldering? lookin for a gym buddy', ['new-grad']],
    // Opened as a question of who is here, and placed among people ("on the team"), any noun says what someone is.
    ['is there a rock climber on the team?', ['new-grad']],
    ['do we have a kafka expert on the team?', ['martin', 'senior-engineer']],
    // Writing a technology is knowing it ("go" is a stop word, "write" a cue of what someone wrote).
    ['anyone write go?', ['new-grad', 'senior-engineer']],
    ['who has written in rust', ['senior-engineer']],
    ['who on the team has exposure to terraform?', ['senior-engineer']],
    // A rank said as a level ("staff-level") is the rank a title says.
    ['any staff-level engineers around?', ['senior-engineer']],
    ['who was employed in mid 2019?', ['career-changer', 'martin', 'senior-engineer']],
    ['anyone implemented raft?', ['senior-engineer']],
    ['who has managed people?', ['martin']],
    // "Already", "at some point": when, which the dates answer.
    ['who already had a job before 2010?', ['martin']],
    ['who had a job at some point between 2013 and 2015?', ['martin', 'sample', 'senior-engineer']],
    ['who had a job sometime between 2013 and 2015?', ['martin', 'sample', 'senior-engineer']],
    // Chat's shorthand ("rn": now) across everyone too.
    ['who is employed rn?', ['martin', 'senior-engineer']],
    // "Who also": one more part, as "and" is.
    ['anyone who knows python who also knows kafka?', ['senior-engineer']],
    ['who knows python and also kafka?', ['senior-engineer']],
    // "Previously", "formerly", "ex": when, as the dates have it.
    ['who has previously worked at netflix?', ['martin']],
    ['who formerly worked at dropbox?', ['senior-engineer']],
    ['anyone ex dropbox here?', ['senior-engineer']],
    // "Who's" typed without its apostrophe.
    ['whos ex-netflix?', ['martin']],
    ['whos into cycling', ['career-changer']],
    ['any rust folks on the team?', ['senior-engineer']],
    ['anyone on our team who knows kafka?', ['martin', 'senior-engineer']],
    // "Back in", "still": when, which the dates answer; "ppl" are people.
    ['who had a job back in 2012', ['martin', 'senior-engineer']],
    ["who's still at a job they started in 2020 or earlier", ['senior-engineer']],
    ['any kafka ppl around?', ['martin', 'senior-engineer']],
  ])('given "%s", lists whoever fits', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });

  specsFor('said in passing, of Lena', ONE, new Set());

  it.each(['who won a coding competition?', 'anyone won a programming contest'])(
    'given "%s", a phrase nobody says by another name nobody but Ana says (hackathon), lists her',
    (asked) => {
      const bot = directoryBot(['edge', 'senior-engineer', 'martin', 'awkward']);
      expect(peopleListed(bot, asked)).toEqual(['edge']);
    },
  );

  it('given "devrel", lists whoever works in developer relations', () => {
    const bot = directoryBot(['edge', 'senior-engineer', 'martin']);
    expect(peopleListed(bot, 'any devrel folks on the team?')).toEqual(['edge']);
    expect(peopleListed(bot, 'who does devrel?')).toEqual(['edge']);
  });

  it.each([
    // Where the people are ("in the directory", "on this server") is among the asker's own, not a word of an entry.
    ['any devrel / developer advocates in the directory?', ['edge']],
    ['any kafka people on this server?', ['awkward', 'senior-engineer']],
    // "pg" is PostgreSQL.
    ['anyone comfortable w/ pg? need a hand with a db migration this week', ['awkward', 'new-grad']],
    // Placed among the asker's own, any plural noun says what someone is ("climbers", "devs"); "in the house" is here,
    // and Rustaceans write Rust.
    ['any climbers on the team?', ['new-grad']],
    ['rustaceans in the house? 🦀', ['edge', 'senior-engineer']],
    // A slash between what describes them is "or": a word nobody says leaves the other asked.
    ['any boulderers / climbers around? 🧗', ['new-grad']],
  ])('given "%s", lists exactly %j', (asked, people) => {
    expect(peopleListed(directoryBot(['edge', 'awkward', 'new-grad', 'sample', 'senior-engineer']), asked)).toEqual(people);
  });
});
