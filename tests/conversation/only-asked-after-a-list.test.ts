/**
 * "When?" after "who worked at netflix?" (Martin listed) said nobody's résumé answers it, and "how well?" after "who
 * speaks portuguese?" the same: a question word alone after a list of people asks it of those listed, each leaning on
 * what listed them (Martin's Netflix role, Lena's Portuguese), as "when was he there?" already did. So is a kind of
 * entry alone ("which company?" after "who was a ceo?"), which asked everyone's roles.
 */
import { describe, expect, it } from 'vitest';
import { played } from './played.js';

describe('a question word alone, after a list of people', () => {
  it('given "when?" after "who worked at netflix?", answers when Martin was there', async () => {
    const turns = await played('directory', ['who worked at netflix?', 'when?']);
    expect(turns[1]).toEqual(['when?', 'experience', 'Performance Architect at Netflix']);
  });

  it('given "how well?" after "who speaks portuguese?", answers how well Lena does', async () => {
    const turns = await played('directory', ['who speaks portuguese?', 'how well?']);
    expect(turns[1]).toEqual(['how well?', 'languages', 'Portuguese']);
  });

  it('given "quando?" after "quem trabalhou na netflix?", answers in Portuguese of Martin', async () => {
    const turns = await played('directory', ['quem trabalhou na netflix?', 'quando?'], 'pt-BR');
    expect(turns[1]).toEqual(['quando?', 'experience', 'Performance Architect at Netflix']);
  });

  // The kind of entry alone ("which company?", "what was the school?") is asked the same way.
  it('given "which company?" after "who was a ceo?", answers Richard\'s Pied Piper role', async () => {
    const turns = await played('directory', ['who was a ceo?', 'which company?']);
    expect(turns[1]).toEqual(['which company?', 'experience', 'CEO/President at Pied Piper']);
  });

  it('given "what was the school?" after "who studied information technology?", answers Richard\'s school', async () => {
    const turns = await played('directory', ['who studied information technology?', 'what was the school?']);
    expect(turns[1]).toEqual(['what was the school?', 'education', 'Bachelor Information Technology at University of Oklahoma']);
  });
});
