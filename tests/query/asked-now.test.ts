/**
 * "Where do they work?" of Lena listed all three of her roles, though "where does she work?" gave her current one: a
 * cue written with "does he" did not read "do they". "Does she work at Dropbox now?" answered her Dropbox role, which
 * ended in 2020, and "who works at dropbox now?" listed her: "now" (or "today", "nowadays") asked nothing, as
 * "still" and "currently" do. And "what is he currently doing?" of Martín Álvarez, who has no roles, answered
 * "Martín Álvarez Núñez: not now": a profile gives no dates, so a time says nothing against it.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from '../directory/fixture.js';
import { type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const CONFLUENT = 'Staff Software Engineer at Confluent';

const ASKED: readonly Labelled[] = [
  ...labelledRows('senior-engineer', [
    ['where do they work?', 'experience', CONFLUENT],
    ['what do they do?', 'experience', CONFLUENT],
    ['are they still at confluent?', 'experience', CONFLUENT],
    ['does she work at confluent now?', 'experience', CONFLUENT],
    ['does she work at dropbox now?', 'experience', null],
    ['is she at dropbox today?', 'experience', null],
  ]),
  ...labelledRows('martin-alvarez', [
    ['what is he currently doing?', 'about', 'Martín Álvarez Núñez'],
    ['what is he doing now?', 'about', 'Martín Álvarez Núñez'],
  ]),
];

describe('asked about now, and as "they"', () => {
  specsFor('now, and "do they"', ASKED, new Set());

  it.each([
    ['who works at dropbox now?', []],
    ['who works at confluent now?', ['senior-engineer']],
    ['who worked at dropbox?', ['senior-engineer']],
  ])('given "%s" across everyone, lists whoever is (or was) there as asked', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });
});
