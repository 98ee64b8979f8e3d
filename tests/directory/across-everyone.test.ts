/**
 * Questions across everyone, answered from the shared index in one pass, give the answers that asking
 * every person one by one gives: over a generated directory of 48 people, people questions and section
 * commands across everyone (skills, companies, positions, projects, schools, degrees, spoken languages,
 * certificates, years, typos, aliases, no fit). Asking everyone (`shown: Infinity`) is the reference.
 */
import { describe, expect, it } from 'vitest';
import { createDirectoryBot } from '../../src/core/directory.js';
import type { Answer } from '../../src/model/answer.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { generatedPeople } from './generated.js';

const people = generatedPeople(8);
const aliases = loadAliasesFile('data/aliases.json');
const botShowing = (shown: number) => createDirectoryBot({ people, aliases, clock: () => FIXED_NOW, shown });
const everyoneAsked = botShowing(Number.POSITIVE_INFINITY);
const allShown = botShowing(1000);
const fourShown = botShowing(4);

const PEOPLE_QUESTIONS = [
  '/people kafka',
  '/people k8s',
  '/people kubernets',
  '/people apache kafka',
  'who knows python?',
  '/people tableau',
  '/people go',
  '/people netflix',
  '/people netflx',
  'has anyone worked at dropbox',
  '/people pic pay',
  'who worked at globex?',
  'who was a ceo?',
  'who was an engineering manager?',
  '/people site reliability engineer',
  '/people flamescope',
  '/people flame scope',
  '/people university of texas',
  '/people pucrs',
  'anyone with a phd?',
  '/people masters',
  '/people bachelor',
  'who speaks spanish?',
  'who speaks japanese?',
  '/people portuguese',
  '/people aws',
  '/people cka',
  '/people cncf',
  'who was working in 2015?',
  '/people 2019',
  'who is working now?',
  '/people kafka and python',
  '/people globex and kafka',
  '/people initech',
  'who lives in austin?',
  '/people haskell',
  '/people kafak',
  '/people cobol',
  '/people zzqx',
  'who knows google cloud?',
  'who knows machine learning?',
  '/people site reliability',
  '/people masters degree',
  'who has worked at netflix and dropbox?',
  '/people kubernetes networking',
  'who knows apache spark?',
  '/people engineering manager at globex',
  'anyone certified in aws?',
  '/people postgres',
  // Phrases whose words many people have only apart, or far apart in one text.
  'who has backend engineering experience?',
  '/people distributed systems',
  'anyone with performance engineering experience?',
  '/people platform engineering',
];

const SECTION_QUESTIONS = [
  '/experience netflix',
  '/experience netflx',
  '/experience pic pay',
  '/experience dropbox',
  '/experience initech',
  '/experience globx',
  '/experience google',
  '/experience 2015',
  '/experience current',
  '/experience jobs',
  '/skills kafka',
  '/skills k8s',
  '/skills cobol',
  '/projects flamescope',
  '/projects netflix',
  '/projects profiling',
  '/experience flamescope',
  '/experience los gatos',
  '/experience finops',
  '/experience kafka',
  '/skills leadership',
  '/skills apache kafka',
  '/education computer science',
  '/education pucrs',
  '/volunteer food bank',
  '/awards osdi',
  '/publications storage',
  '/interests climbing',
  '/references confluent',
  '/education phd',
  '/education university of washington',
  '/languages spanish',
  '/languages',
  '/certificates aws',
  '/certificates cka',
  '/awards',
  '/volunteer 2024',
  '/experience site reliability',
  '/education university of texas',
  '/skills machine learning',
  '/experience google cloud',
  '/projects flame graphs',
  '/skills kafka streams',
  '/experience engineering manager',
  '/experience gerente de engenharia',
  '/skills aprendizado de máquina',
  '/education skills',
  '/experience profiling netflix',
  // Another command's cue in the text or its English ("site": "website", a /contact cue): a word like any other.
  '/experience website reliability',
  '/skills website design',
  '/awards best paper',
  '/projects award winning',
  '/experience led platform',
  // Free text naming nobody and no crowd: each person routes it, asked first of whoever may mean every word it names
  // (a cue aside), shown in the directory's order.
  'kubernetes experience',
  'what did they do at netflix?',
  'where did they study?',
  'tell me about flamescope',
  'what did they do at google?',
  'experiência com kafka',
  // A title or an employer asked of nobody named: only whoever may mean all its words is asked.
  'was he a data analyst?',
  'was she a data analyst in 2019?',
  'was he a performance engineer at netflix?',
  'did she work at netflix in 2009?',
  'ele trabalhou na netflix?',
  'was she a site reliability engineer?',
  'was he an intern?',
  'is she a climber?',
  'was he a cto?',
  // Found by more than its words, so asked of those whose text says none of them: a kind of skill the taxonomy knows,
  // a degree a cue names, the section restated, a year.
  'what databases do they know?',
  'what frameworks do they know?',
  'which cloud platforms have they used?',
  'phd in computer science',
  'what degrees do they have?',
  'what languages do they speak?',
  'what were they doing in 2015?',
  'their current job',
];

const ask = (bot: ReturnType<typeof botShowing>, line: string): Answer => bot.answer({ ...parseLine(line), platform: 'cli' });
/** The footer's counts: who fit beyond those shown, and résumés that may fit but were never checked. */
function leftOutCounts(footer: string | undefined): { more: number; unchecked: number } {
  const more = /(\d+) more fits?:/.exec(footer ?? '');
  const unchecked = /(\d+) more résumés? may fit \(not checked\)/.exec(footer ?? '');
  expect(more || unchecked, `a count of what is left out in ${footer}`).toBeTruthy();
  return { more: Number(more?.[1] ?? 0), unchecked: Number(unchecked?.[1] ?? 0) };
}

/** The people an answer lists, in its order. */
const whose = (answer: Answer) => [...new Set(answer.matches.map((m) => m.person?.id ?? m.title))];

describe('given a generated directory of 48 people', () => {
  it.each([...PEOPLE_QUESTIONS, ...SECTION_QUESTIONS])('answers %s as asking everyone does, when all who fit are shown', (line) => {
    expect(ask(allShown, line)).toEqual(ask(everyoneAsked, line));
  });

  it.each(PEOPLE_QUESTIONS)('shows the four strongest of those who fit %s, as asking everyone ranks them', (line) => {
    const reference = ask(everyoneAsked, line);
    const answer = ask(fourShown, line);
    if (reference.matches.length <= 4) return expect(answer).toEqual(reference);
    // Nobody left unasked outranks anyone shown: the four are asking everyone's first four, in its order.
    expect(answer.matches).toEqual(reference.matches.slice(0, 4));
    expect(answer.sections.flatMap((s) => s.bullets)).toEqual(reference.sections.flatMap((s) => s.bullets).slice(0, 4));
    // What is left out is counted exactly: those who fit beyond the four, or the résumés never checked, which hold them.
    const { more, unchecked } = leftOutCounts(answer.footer);
    expect(more + unchecked).toBeGreaterThanOrEqual(reference.matches.length - 4);
    if (!unchecked) expect(more).toBe(reference.matches.length - 4);
  });

  it.each(SECTION_QUESTIONS)('shows the first four people %s fits, as asking everyone lists them', (line) => {
    const reference = ask(everyoneAsked, line);
    const answer = ask(fourShown, line);
    if (whose(reference).length === 0) {
      // Nobody fits: said as asking everyone says it, with "did you mean" from the first people only.
      const { suggestions, ...said } = answer;
      expect(said).toEqual({ ...reference, suggestions: undefined });
      return expect(suggestions.length).toBeLessThanOrEqual(4);
    }
    if (whose(reference).length <= 4) return expect(answer).toEqual(reference);
    const shown = line.startsWith('/') ? whose(reference).slice(0, 4) : whose(answer);
    expect(shown).toHaveLength(4);
    // Those shown, as asking everyone shows them and in its order.
    expect(whose(answer)).toEqual(whose(reference).filter((id) => shown.includes(id)));
    expect(answer.sections).toEqual(reference.sections.filter((_, i) => shown.includes(whose(reference)[i]!)));
    expect(leftOutCounts(answer.footer).unchecked).toBeGreaterThan(0);
  });

  it("given free text many fit, shows first whoever says every word it names, in the directory's order", () => {
    const line = 'kafka at netflix';
    const says = (id: string) => {
      const text = JSON.stringify(people.find((p) => p.id === id)!.resume).toLowerCase();
      return text.includes('kafka') && text.includes('netflix');
    };
    const reference = whose(ask(everyoneAsked, line));
    // Asked in the directory's order, the first four who fit would include someone who says neither.
    expect(reference.slice(0, 4).every(says)).toBe(false);
    expect(reference.filter(says).length).toBeGreaterThanOrEqual(4);
    expect(whose(ask(fourShown, line))).toEqual(reference.filter(says).slice(0, 4));
  });

  it('has questions on both sides of the limit', () => {
    const fitting = PEOPLE_QUESTIONS.map((line) => ask(everyoneAsked, line).matches.length);
    expect(fitting.filter((n) => n > 4).length).toBeGreaterThan(10);
    expect(fitting.filter((n) => n > 0 && n <= 4).length).toBeGreaterThan(2);
    expect(fitting.filter((n) => n === 0).length).toBeGreaterThan(3);
  });
});
