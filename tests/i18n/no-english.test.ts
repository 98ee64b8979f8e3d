/**
 * Nothing the bot adds is left in English for a Portuguese asker: every command's answer (a
 * listing, a match, nothing found, a year, the current one), refusals, errors and follow-ups
 * with nothing to lean on, over Martin's résumé and a JSON Resume example with every section, and
 * /people over a directory. The check is by words, not by a list of today's strings, so a string
 * added tomorrow without a catalogue key fails here too.
 */
import { describe, expect, it } from 'vitest';
import { internalErrorAnswer, rateLimitedAnswer } from '../../src/core/pipeline.js';
import { messagesFor } from '../../src/i18n/catalogue.js';
import type { Answer } from '../../src/model/answer.js';
import { referenceOf } from '../../src/model/conversation.js';
import { directoryBot } from '../directory/fixture.js';
import { botFor, resumePath } from '../query/fixture-bots.js';
import { answerText, englishDetector, stringsOf } from './english-left.js';

const PT = 'pt-BR';

interface Asked {
  readonly command: string | null;
  readonly text: string;
}

/** Each command with nothing, with what it completes first, with nothing it has, with a year and with "current". */
function everyQuestion(complete: (command: string) => string | undefined, names: readonly string[]): Asked[] {
  return names.flatMap((command) => [
    { command, text: '' },
    ...(complete(command) ? [{ command, text: complete(command)! }] : []),
    { command, text: 'zzqxv' },
    { command, text: '2015' },
    { command, text: '1999' },
    { command, text: 'current' },
  ]);
}

const FREE_TEXT: readonly Asked[] = [
  { command: null, text: 'e antes disso?' },
  { command: null, text: 'e depois?' },
  { command: null, text: 'o que ele construiu lá?' },
  { command: null, text: 'quando foi isso?' },
  { command: null, text: 'me conte mais' },
  { command: null, text: 'quem é lena vasquez?' },
  { command: null, text: 'zzqxv wwkq' },
  { command: null, text: 'o que ele construiu na netflix?' },
  { command: null, text: 'o que ele construiu na expedia?' },
  { command: null, text: 'quais habilidades ele usou na netflix?' },
  { command: null, text: 'quais habilidades ele usou na dell?' },
  { command: 'nonsense', text: '' },
  { command: null, text: 'x'.repeat(400) },
  { command: 'match', text: '10+ years of performance engineering, Kubernetes, Kafka, COBOL and Go' },
  { command: 'match', text: 'team player, fast-paced' },
  { command: 'resume', text: 'help' },
  { command: 'experience', text: 'before netflix' },
  { command: 'experience', text: 'at netflix' },
  { command: 'experience', text: 'at google' },
  { command: 'volunteer', text: 'before 2013' },
  { command: null, text: 'o que ele fez antes de 2015?' },
  { command: null, text: 'ele foi voluntário antes de 2013?' },
  { command: null, text: 'ele trabalhou na netflix em 2022?' },
  { command: null, text: 'ele estudou na pucrs depois de 2012?' },
];

/** A job's requirements are named as the taxonomy (data) names them, like résumé text. */
const requirements = (answer: Answer): string[] => [
  ...(answer.jobMatch?.matched.map((m) => m.requirement) ?? []),
  ...(answer.jobMatch?.missing ?? []),
];

function wrong(resume: string, answers: ReadonlyArray<{ asked: Asked; answer: Answer }>): string[] {
  const detector = englishDetector(PT, stringsOf(resumePath(resume)));
  const found = answers.flatMap(({ asked, answer }) =>
    detector
      .find(answerText(answer), [asked.text, ...requirements(answer)])
      .map((english) => `${resume}: /${asked.command ?? ''}: ${english}`),
  );
  return [...new Set(found)];
}

describe('answers in Portuguese have no English the bot added', () => {
  it.each(['martin', 'sample', 'senior-engineer', 'career-changer'])(
    'given every command over %s, every word added is Portuguese',
    (id) => {
      const bot = botFor(id);
      const names = bot.commands.map((c) => c.data.name);
      const asked = [...everyQuestion((command) => bot.complete(command, '', 1)[0], names), ...FREE_TEXT];
      const answers = asked.map((a) => ({
        asked: a,
        answer: bot.answer({ platform: 'cli', command: a.command, text: a.text, locale: PT }),
      }));
      expect(answers.length).toBeGreaterThan(100);
      expect(wrong(id, answers)).toEqual([]);
    },
  );

  it.each([
    ['martin', ['projects', 'skills']],
    ['sample', ['projects', 'skills']],
    ['career-changer', ['skills']],
  ])('given follow-ups leaning on each role of %s, every word added is Portuguese', (id, reached) => {
    const bot = botFor(id);
    const follow = ['o que ele construiu lá?', 'quais habilidades ele usou lá?', 'e antes disso?', 'e depois?', 'me conte mais'];
    const answers = bot.resume.work.flatMap((role) => {
      const first = bot.answer({ platform: 'cli', command: 'experience', text: role.name ?? '', locale: PT });
      const previous = referenceOf(first);
      return follow.map((text) => ({
        asked: { command: null, text },
        answer: bot.answer({ platform: 'cli', command: null, text, locale: PT }, previous ? { previous } : undefined),
      }));
    });
    expect(answers.map(({ answer }) => answer.route?.command)).toEqual(expect.arrayContaining(reached));
    expect(wrong(id, answers)).toEqual([]);
  });

  it('given a refusal and an error, they are Portuguese', () => {
    const messages = messagesFor(PT);
    const answers = [rateLimitedAnswer(1, messages), rateLimitedAnswer(30, messages), internalErrorAnswer(messages)];
    expect(
      wrong(
        'martin',
        answers.map((answer) => ({ asked: { command: null, text: '' }, answer })),
      ),
    ).toEqual([]);
  });

  it('given /people and questions across a directory, every word added is Portuguese', () => {
    const bot = directoryBot();
    const asked: Asked[] = [
      { command: 'people', text: '' },
      { command: 'people', text: 'kafka' },
      { command: 'people', text: 'zzqxv' },
      { command: 'people', text: 'match Kubernetes, Kafka and 5+ years of platform engineering' },
      { command: 'people', text: 'match team player' },
      { command: 'people', text: 'match' },
      { command: 'skills', text: 'python' },
      { command: 'skills', text: 'zzqxv' },
      { command: 'cv', text: '' },
      { command: 'about', text: 'martin' },
    ];
    const answers = asked.map((a) => ({ asked: a, answer: bot.answer({ platform: 'cli', command: a.command, text: a.text, locale: PT }) }));
    const everyone = ['martin', 'sample', 'senior-engineer', 'career-changer', 'new-grad', 'martin-alvarez'].flatMap((id) =>
      stringsOf(resumePath(id)),
    );
    const detector = englishDetector(PT, everyone);
    expect(
      answers.flatMap(({ asked: a, answer }) =>
        detector.find(answerText(answer), [a.text, ...requirements(answer)]).map((f) => `/${a.command} ${a.text}: ${f}`),
      ),
    ).toEqual([]);
  });

  it('given an English answer, the check finds its English (it can fail)', () => {
    const bot = botFor('sample');
    const detector = englishDetector(PT, stringsOf(resumePath('sample')));
    expect(detector.find(answerText(bot.answer({ platform: 'cli', command: 'awards', text: '' })))).not.toEqual([]);
    expect(detector.find('Prêmios · Date: jan. 2020')).toEqual([expect.stringMatching(/^“Date”/)]);
    expect(detector.find('Prêmios · “Best of the year”', ['Best of the year'])).toEqual([]);
  });
});
