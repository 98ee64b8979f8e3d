/**
 * "Has she worked at a nonprofit?" said no role at "nonprofit" though Maya's Allen Institute for AI describes itself
 * as a "Non-profit AI research institute": an employer is found by its name, and else by the kind of place its own
 * description says it is, the words run together or apart. A name inside the description ("built around Apache
 * Kafka") is another's: Lena never worked at Apache. Of a résumé with no work at all, having worked at a kind of
 * place is still a job there: "has he worked at a nonprofit?" of Martín Álvarez listed his volunteering (a cue of it),
 * and "has anyone worked at a nonprofit?" listed him beside Maya.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from '../directory/fixture.js';
import type { Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  { resume: 'new-grad', ask: 'has she worked at a nonprofit?', command: 'experience', first: 'Research Intern at Allen Institute for AI' },
  {
    resume: 'new-grad',
    ask: 'has she worked for a non-profit?',
    command: 'experience',
    first: 'Research Intern at Allen Institute for AI',
  },
  {
    resume: 'new-grad',
    ask: 'did she work at a research institute?',
    command: 'experience',
    first: 'Research Intern at Allen Institute for AI',
  },
  { resume: 'senior-engineer', ask: 'did she work at apache?', command: 'experience', first: null },
  { resume: 'career-changer', ask: 'has he worked at a nonprofit?', command: 'experience', first: null },
  { resume: 'martin-alvarez', ask: 'has he worked at a nonprofit?', command: 'experience', first: null },
  {
    resume: 'martin-alvarez',
    ask: 'did he volunteer at a nonprofit?',
    command: 'volunteer',
    first: 'Tutor de lectura at Biblioteca de Aragón',
  },
  // Another section asked at the organisation is still asked: his references (he lists none).
  { resume: 'martin-alvarez', ask: 'who can vouch for his work at salt & cedar?', command: 'references', first: null },
  // An entry of another kind of work named by its organisation is still found by it.
  {
    resume: 'martin-alvarez',
    ask: 'did he work at biblioteca de aragón?',
    command: 'volunteer',
    first: 'Tutor de lectura at Biblioteca de Aragón',
  },
];

describe('a kind of employer', () => {
  specsFor('a kind of employer', ASKED, new Set());

  it('given a directory, lists only those with a job at one', () => {
    expect(peopleListed(directoryBot(), 'has anyone worked at a nonprofit?')).toEqual(['new-grad']);
  });
});
