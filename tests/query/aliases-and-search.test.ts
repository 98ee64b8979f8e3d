import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { emptyAliases, expandQuery, loadAliasesFile, parseAliasesText } from '../../src/query/aliases.js';
import { editDistance, normalize, words } from '../../src/query/normalize.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { directoryBot, SIX } from '../directory/fixture.js';
import { outcome } from './fixture-bots.js';

describe('the alias table (data the résumé owner extends)', () => {
  it('given the committed table, expands k8s, sre, dx, perf, viz and vp', () => {
    const aliases = loadAliasesFile('data/aliases.json');
    expect(expandQuery('k8s', aliases)).toContain('kubernetes');
    expect(expandQuery('sre', aliases)).toContain('reliability engineering');
    expect(expandQuery('dx', aliases)).toContain('developer experience');
    expect(expandQuery('perf', aliases)).toContain('performance');
    expect(expandQuery('viz', aliases)).toContain('visualization');
    expect(expandQuery('vp', aliases)).toContain('vice president');
  });

  it.each([
    // NLP said in Spanish ("Procesamiento del lenguaje natural").
    ['martin-alvarez', 'does martín know nlp?', 'skills', 'Procesamiento del lenguaje natural'],
    // A kind the interests name one of.
    ['edge', 'is ana into reptiles or something? lol', 'interests', 'Snakes'],
    ['sample', 'is richard into animals or smth?', 'interests', 'Wildlife'],
    // The one who does it ("runner") and another name for it ("jogging").
    ['edge', 'is ana a runner?', 'interests', 'Trail running'],
    ['edge', 'does ana go jogging?', 'interests', 'Trail running'],
    // A kind the interests name one of ("sports": Rock Climbing).
    ['new-grad', 'is maya into any sports', 'interests', 'Rock Climbing'],
    // What a company is said to be ("the largest digital wallet in Latin America"): a fintech.
    ['martin', 'has he ever worked in fintech?', 'experience', 'VP, Platform Engineering at PicPay'],
    // An organisation's short name ("AI2": the Allen Institute for AI), and a word of another language for a place.
    ['new-grad', 'what did she do at AI2?', 'experience', 'Research Intern at Allen Institute for AI'],
    ['martin-alvarez', 'what does he do at the library?', 'volunteer', 'Tutor de lectura at Biblioteca de Aragón'],
    // Whom it was for, said otherwise ("teenagers", "young people").
    ['edge', 'does she volunteer with kids?', 'volunteer', 'Mentor at Code Club Bogotá'],
    ['sample', 'has he volunteered with children?', 'volunteer', 'Teacher at CoderDojo'],
  ])('given [%s] "%s", whose entries say another name for it, finds %s → %s', (resume, ask, command, first) => {
    expect(outcome({ resume, ask, command, first }).right).toBe(true);
  });

  it('given "has she given talks?" of Lena, whose interests say "Conference speaking", finds that interest', () => {
    const answer = outcome({ resume: 'senior-engineer', ask: 'has she given talks?', command: 'interests', first: 'Mentoring' });
    expect(answer.right).toBe(true);
  });

  it.each(['did ana ever win a coding competition?', 'any programming contest wins?'])(
    'given "%s" of Ana, whose award is "Hackathon Winner", finds that award',
    (ask) => {
      expect(outcome({ resume: 'edge', ask, command: 'awards', first: 'Hackathon Winner' }).right).toBe(true);
    },
  );

  it('given "has she given talks?" of someone who only speaks languages, answers no language', () => {
    // Talks are speaking in public: never a "Native speaker" of English.
    const answer = outcome({ resume: 'new-grad', ask: 'has she given talks?', command: 'resume', first: null });
    expect(answer.right).toBe(true);
    expect(outcome({ resume: 'career-changer', ask: 'does he give talks?', command: 'resume', first: null }).right).toBe(true);
  });

  it('given an alias inside a longer query, expands that word in place', () => {
    const aliases = parseAliasesText('{"aliases": {"k8s": ["kubernetes"]}}', 'a.json');
    expect(expandQuery('k8s operators', aliases)).toEqual(['k8s operators', 'kubernetes operators']);
  });

  it('given a new alias in the file, a query with it finds the entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
    const file = join(dir, 'aliases.json');
    writeFileSync(file, JSON.stringify({ aliases: { 'big red n': ['netflix'] } }));
    const resume = parseResume({ basics: { name: 'A' }, work: [{ name: 'Netflix', position: 'Engineer', startDate: '2015' }] }, 'r.json');
    const bot = createBot({ resume, aliases: loadAliasesFile(file), clock: () => FIXED_NOW });
    expect(bot.answer({ platform: 'cli', command: 'experience', text: 'big red n' }).title).toBe('Engineer at Netflix');
  });

  it('given a missing file, there are no aliases; given a broken one, the error names file, path and problem', () => {
    expect(loadAliasesFile('/nonexistent/aliases.json').same.size).toBe(0);
    expect(() => parseAliasesText('{"aliases": {"k8s": []}}', 'mine.json')).toThrow(
      /mine\.json[\s\S]*aliases\.k8s: list at least one expansion/,
    );
    expect(() => parseAliasesText('{"aliases": {"k8s": ["x"],}}', 'mine.json')).toThrow(/mine\.json[\s\S]*line 1, column 27/);
  });
});

describe('normalisation', () => {
  it('folds accents, case, typographic quotes and possessives', () => {
    expect(normalize('Pontifícia  UNIVERSIDADE')).toBe('pontificia universidade');
    expect(words('Netflix’s platform')).toEqual(['netflix', 'platform']);
    expect(words('C++, C# and Node.js')).toEqual(['c++', 'c#', 'and', 'node.js']);
  });
  it("drops a contraction's tail, not a name's letters after an apostrophe", () => {
    expect(words("where'd she study? they're sure i've seen what she'll say, i'm told")).toEqual([
      'where',
      'she',
      'study',
      'they',
      'sure',
      'i',
      'seen',
      'what',
      'she',
      'say',
      'i',
      'told',
    ]);
    expect(words("O'Reilly, d'Aragon, O'Donnell")).toEqual(['o', 'reilly', 'd', 'aragon', 'o', 'donnell']);
  });
  it('counts a swap of neighbouring letters as one typo', () => {
    expect(editDistance('kafak', 'kafka', 2)).toBe(1);
    expect(editDistance('netflx', 'netflix', 2)).toBe(1);
    expect(editDistance('cobol', 'kong', 1)).toBe(2);
  });
});

describe('any JSON Resume, not only the committed one', () => {
  const resume = parseResume(
    {
      basics: { name: 'Ada Lovelace', label: 'Analyst', email: 'ada@example.org' },
      work: [
        {
          company: 'Analytical Engines Ltd',
          position: 'Programmer',
          website: 'example.org',
          startDate: '1842-07',
          endDate: 'present',
          highlights: ['Wrote the first published algorithm for the Analytical Engine'],
        },
        { name: 'Royal Society', position: 'Translator', startDate: '1840', endDate: '1842' },
      ],
      skills: [{ name: 'Mathematics', keywords: ['Algorithms', 'Bernoulli numbers'] }],
      projects: [{ name: 'Note G', description: 'An algorithm for computing Bernoulli numbers', entity: 'Analytical Engines Ltd' }],
      education: [{ institution: 'Private tutoring', area: 'Mathematics', gpa: 'n/a', startDate: '1830' }],
    },
    'ada.json',
  );
  const bot = createBot({ resume, aliases: emptyAliases, clock: () => FIXED_NOW });
  const ask = (command: string | null, text: string) => bot.answer({ platform: 'cli', command, text });

  it('answers by company (legacy "company" field), with a typo', () => {
    expect(ask('experience', 'analytical engnes').title).toBe('Programmer at Analytical Engines Ltd');
  });
  it('treats endDate "present" as the current role', () => {
    expect(ask('experience', 'current').title).toBe('Programmer at Analytical Engines Ltd');
  });
  it('answers a skill with its evidence from a project', () => {
    const a = ask('skills', 'bernoulli numbers');
    expect(a.title).toBe('Bernoulli numbers');
    expect(a.sections[0]!.bullets.join(' ')).toContain('Note G');
  });
  it('routes free text about it', () => {
    expect(ask(null, 'what did she do at the royal society?').title).toBe('Translator at Royal Society');
    expect(ask(null, 'who is ada lovelace').route?.command).toBe('about');
  });
  it('gives nothing for what is not there', () => {
    expect(ask('experience', 'netflix').matches).toEqual([]);
    expect(ask('projects', 'flamescope').matches).toEqual([]);
  });
});

describe('other names, across people', () => {
  const everyone = directoryBot([...SIX, 'awkward', 'edge']);
  const people = (asked: string) =>
    everyone
      .answer(parseLine(asked))
      .matches.map((m) => m.person?.id)
      .sort();

  it('given "who has volunteered with children or teenagers?", lists whoever volunteers with young people', () => {
    // Code Club Bogotá (teenagers), CoderDojo (young people), a reading club for teenagers; not classes for adults.
    expect(people("who's volunteered with children or teenagers before?")).toEqual(['edge', 'martin-alvarez', 'sample']);
  });

  it('given "who\'s into sports?", lists whoever has a sport among their interests', () => {
    // Trail running, cycling, rock climbing.
    expect(people("who's into sports?")).toEqual(['career-changer', 'edge', 'new-grad']);
  });

  it('given "who has worked in fintech?", lists whoever worked at a digital wallet, not at a bank', () => {
    expect(people('who has worked in fintech?')).toEqual(['martin']);
    expect(people('anyone worked in banking or fintech?')).toEqual(['awkward', 'martin']);
  });

  it('given "anyone volunteer at a library?", lists who volunteers at a "Biblioteca"', () => {
    expect(people('anyone volunteer at a library?')).toEqual(['martin-alvarez']);
  });
});
