/**
 * "Did he train baristas?" of Daniel answered his skill "Team training", and "has she mentored engineers?" of Lena her
 * interest "Mentoring", though a role of each says it was done ("Trained six baristas", "Mentored four engineers"):
 * a name with one of the words won. A plain yes-or-no question of a verb and what it was done to is now answered by
 * the entry whose text says so; what names an entry of its own ("did he teach excel?") or a section ("did he win any
 * awards?") is asked as before.
 */
import { describe, expect, it } from 'vitest';
import { saysDone } from '../../src/query/done-to.js';
import { type Labelled, labelledRows } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const DANIEL: readonly Labelled[] = labelledRows('career-changer', [
  ['did he train baristas?', 'experience', 'Shift Supervisor at Café Lumen'],
  ['did he train baristsa?', 'experience', 'Shift Supervisor at Café Lumen'],
  ['has he grown revenue?', 'experience', 'General Manager at Salt & Cedar Restaurant Group'],
  ['did he ever run workshops?', 'volunteer', 'Digital Literacy Tutor at Austin Free-Net'],
  ['did he teach excel?', 'skills', 'Excel'],
]);

const LENA: readonly Labelled[] = labelledRows('senior-engineer', [
  ['has she mentored engineers?', 'experience', 'Senior Software Engineer at Dropbox'],
  ['did lena design an architecture?', 'experience', 'Staff Software Engineer at Confluent'],
  ['did she build raft-lab?', 'projects', 'raft-lab'],
]);

// Martin's Netflix role: "Mentored engineers and onboarded new hires"; his titles say "Engineer" too.
const MARTIN: readonly Labelled[] = labelledRows('martin', [
  ['has he mentored engineers?', 'experience', 'Performance Architect at Netflix'],
  ['did he mentor engineers?', 'experience', 'Performance Architect at Netflix'],
]);

const RICHARD: readonly Labelled[] = labelledRows('sample', [['did he win any awards?', 'awards', 'Digital Compression Pioneer Award']]);

describe('done to something, asked of one person', () => {
  specsFor('done to, of Daniel', DANIEL, new Set());
  specsFor('done to, of Lena', LENA, new Set());
  specsFor('done to, of Martin', MARTIN, new Set());
  specsFor('done to, of Richard', RICHARD, new Set());

  it('reads a form of the verb, then within three words what it was done to; not a doer, nor words apart', () => {
    expect(saysDone('Trained six baristas who were later promoted', 'train', ['baristas'])).toBe(true);
    expect(saysDone('Taught spreadsheet and internet basics to adults', 'teach', ['adults'])).toBe(false);
    expect(saysDone('Taught adults spreadsheet basics', 'teach', ['adults'])).toBe(true);
    expect(saysDone('Trainer of new baristas', 'train', ['baristas'])).toBe(false);
    expect(saysDone('Trained six baristas', 'train', ['baristsa'])).toBe(true);
  });
});
