import { describe, expect, it } from 'vitest';
import { outcome, type Labelled } from './fixture-bots.js';

const QUESTIONS: readonly Labelled[] = [
  // Someone else (a referee, or a name the résumé does not know): no answer, contact and about included.
  { resume: 'career-changer', ask: "what's priya's phone number?", command: 'contact', first: null },
  { resume: 'sample', ask: "what is erlich's email?", command: 'contact', first: null },
  { resume: 'sample', ask: 'who is gavin?', command: 'about', first: null },
  { resume: 'senior-engineer', ask: 'who is marcus feng?', command: 'about', first: null },
  // A verb after the owner's own subject is no question about someone after it: "has pet snakes" is not "has Pet…".
  { resume: 'edge', ask: 'ana has pet snakes?? lol', command: 'interests', first: 'Snakes' },
  { resume: 'edge', ask: 'she has pet snakes?', command: 'interests', first: 'Snakes' },
  // Profiles: the network asked for, or none.
  { resume: 'senior-engineer', ask: 'what is her mastodon?', command: 'contact', first: 'Dr. Lena Vasquez' },
  { resume: 'sample', ask: 'his soundcloud', command: 'contact', first: 'Richard Hendriks' },
  { resume: 'sample', ask: 'what is his github?', command: 'contact', first: null },
  { resume: 'new-grad', ask: 'what is her mastodon?', command: 'contact', first: null },
  // A contact detail the résumé lacks: said to be missing, not answered with the others (Ana gives only an email).
  { resume: 'edge', ask: "can i get ana's phone number?", command: 'contact', first: null },
  { resume: 'edge', ask: 'does she have a website?', command: 'contact', first: null },
  { resume: 'edge', ask: 'qual o telefone dela?', command: 'contact', first: null },
  { resume: 'edge', ask: 'what is her email?', command: 'contact', first: 'Ana Sofía Castellanos' },
  { resume: 'martin', ask: "what's his phone number?", command: 'contact', first: 'Martin Spier' },
  // Degrees with no match: education says so.
  { resume: 'career-changer', ask: 'does he have a phd?', command: 'education', first: null },
  {
    resume: 'senior-engineer',
    ask: 'does she have a phd?',
    command: 'education',
    first: 'Ph.D. Computer Science at University of Texas at Austin',
  },
];

describe('questions about someone else, a profile network, a contact detail, or a degree', () => {
  it.each(QUESTIONS)('given [$resume] "$ask", answers with $command → $first', (question) => {
    const got = outcome(question);
    expect({ command: got.command, first: got.first }).toEqual({ command: question.command, first: question.first });
    if (question.first === null) expect(got.answer.kind).toBe('empty');
  });

  it('given a contact detail the résumé lacks, says which, with the details it gives', () => {
    const got = outcome({ resume: 'edge', ask: "can i get ana's phone number?", command: 'contact', first: null });
    expect(got.answer.body).toBe("Ana Sofía Castellanos's résumé lists no phone number.");
    expect(got.answer.fields.map((f) => [f.label, f.value])).toEqual([['Email', 'ana@example.org']]);
  });

  it('given a network the résumé lists, answers with that profile only', () => {
    const got = outcome({ resume: 'sample', ask: 'his soundcloud', command: 'contact', first: 'Richard Hendriks' });
    expect(got.answer.fields.map((f) => f.label)).toEqual(['SoundCloud']);
  });
});
