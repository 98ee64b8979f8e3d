/**
 * Given a question about a title, a year or a person that nothing in the résumé holds, the refusal keeps the
 * section the question is about (never the résumé-wide search, nor a section a word of it happens to name).
 */
import { describe } from 'vitest';
import { type Labelled, labelledRows } from './fixture-bots.js';
import { SNOWFLAKE } from './titles.js';
import { specsFor } from './labelled-spec.js';

const REFUSALS: readonly Labelled[] = [
  ...labelledRows('martin', [
    ['ever a teacher?', 'experience', null],
    ['was he a performance architect anywhere?', 'experience', SNOWFLAKE],
    ['did he ever hold the title of director?', 'experience', null],
    ['did he serve as cto anywhere?', 'experience', null],
    ['was he ever titled senior engineer?', 'experience', null],
    ['has he held any director positions?', 'experience', null],
    ['was he anywhere a data scientist?', 'experience', null],
    ['did he ever become a cto?', 'experience', null],
    ['was martin a cto anywhere?', 'experience', null],
    ['who is lighthouse?', 'about', null],
  ]),
  ...labelledRows('career-changer', [
    ['is he vp of engineering?', 'experience', null],
    ['was she ever head of engineering anywhere?', 'experience', null],
  ]),
  ...labelledRows('senior-engineer', [
    ['is she vp of engineering?', 'experience', null],
    ['was she ever head of engineering anywhere?', 'experience', null],
  ]),
  ...labelledRows('new-grad', [['was she ever head of engineering anywhere?', 'experience', null]]),
  ...labelledRows('relevance-edge', [
    ['is she an engineering director?', 'experience', null],
    ['was she ever head of engineering anywhere?', 'experience', null],
  ]),
  ...labelledRows('sample', [
    ['was he president of pied piper?', 'experience', 'CEO/President at Pied Piper'],
    ['is erlich bachman a programmer?', 'experience', null],
    ['was she ever head of engineering anywhere?', 'experience', null],
  ]),
];

describe('refusals keep the section a question is about', () => {
  specsFor('refusal sections', REFUSALS, new Set());
});
