/**
 * How a directory's answers are put together: one person's answer carries whose it is, an
 * answer across everyone is grouped by person, and the free-text cues of a crowd command
 * ("who knows", "has anyone") hand it the rest of the question.
 */
import type { Command } from '../../commands/definition.js';
import { leftOut } from '../../commands/people-candidates.js';
import { crowdCommand } from '../../commands/index.js';
import type { Messages } from '../i18n/catalogue.js';
import { makeAnswer, type Answer, type AnswerRoute, type AnswerSection, type PersonRef } from '../model/answer.js';
import { misspells } from '../query/cue-spelling.js';
import { glossAny, glossQuestion } from '../query/language.js';
import { normalize, words } from '../query/normalize.js';
import { examplesGiven } from '../query/request.js';
import { listSpelledOut } from '../query/lists.js';
import { shorthandSpelledOut } from '../query/shorthand.js';
import { AMONG_US, FILLER, STOPWORDS } from '../query/stopwords.js';
import { technologyOf } from '../query/technologies.js';

/** The answer marked as this person's, every match included. */
export function tagged(answer: Answer, person: PersonRef): Answer {
  return { ...answer, person, matches: answer.matches.map((m) => ({ ...m, person })) };
}

/** Bullets a grouped answer shows for one person's answer. */
const MAX_BULLETS_EACH = 8;

/** Its heading line, facts, then bullets, at most MAX_BULLETS_EACH: pushed one by one, no list made of each kind first. */
function bulletsOf(answer: Answer, person: PersonRef): string[] {
  const bullets: string[] = [];
  // Nothing listed: its title (unless only the name), subtitle and footer say what it found, on one line.
  if (!answer.sections.some((s) => s.bullets.length)) {
    let line = answer.title === person.name ? '' : answer.title;
    // A role's footer repeats the dates its subtitle already gives.
    for (const part of [answer.subtitle, answer.footer]) if (part && !line.includes(part)) line = line ? `${line} · ${part}` : part;
    if (line) bullets.push(line);
  }
  // Fields that came from a résumé path stay fields of the grouped answer (a public copy can drop a private one).
  for (const f of answer.fields) {
    if (bullets.length >= MAX_BULLETS_EACH) return bullets;
    if (!f.sourcePath) bullets.push(`${f.label}: ${f.value}`);
  }
  // A section headed by the entry it shows (a degree, each under its own heading) keeps its name: its bullets alone
  // are only dates and scores.
  for (const section of answer.sections) {
    const heading = section.entry === undefined ? undefined : section.heading;
    if (heading && !section.bullets.length && bullets.length < MAX_BULLETS_EACH) bullets.push(heading);
    for (const [i, bullet] of section.bullets.entries()) {
      if (bullets.length >= MAX_BULLETS_EACH) return bullets;
      bullets.push(i > 0 || !heading ? bullet : heading.includes(bullet) ? heading : `${heading}: ${bullet}`);
    }
  }
  return bullets;
}

/** "Did you mean" suggestions an answer across everyone gives when nobody fits. */
export const MAX_SUGGESTIONS = 4;

/** The answer found entries of the person's. */
export const found = (answer: Answer) => (answer.kind === 'result' || answer.kind === 'list') && answer.matches.length > 0;

/** When not everyone was asked: how many people there are, and how many who may fit were left unasked. */
export interface Asked {
  readonly everyone: number;
  readonly unasked: number;
}

/**
 * Everyone's answers to one question, grouped by person: those with nothing to say are left out,
 * one fit is that person's own answer, and nobody says so with the first answer's suggestions.
 */
export function groupAnswers(
  parts: ReadonlyArray<{ person: PersonRef; answer: Answer }>,
  route: AnswerRoute,
  messages: Messages,
  asked: Asked = { everyone: parts.length, unasked: 0 },
): Answer {
  const fits = parts.filter((p) => found(p.answer));
  if (fits.length === 1 && !asked.unasked) return tagged(fits[0]!.answer, fits[0]!.person);
  if (fits.length === 0) {
    const firstEmpty = parts[0]?.answer;
    return makeAnswer({
      kind: firstEmpty?.kind === 'refusal' ? 'refusal' : 'empty',
      title:
        firstEmpty?.kind === 'refusal'
          ? firstEmpty.title
          : route.query
            ? messages.t('directory.nobody.asked', { query: `“${route.query}”` })
            : messages.t('directory.nobody.title'),
      body: firstEmpty?.kind === 'refusal' ? firstEmpty.body : messages.t('directory.nobody.body'),
      suggestions: [...new Set(parts.flatMap((p) => p.answer.suggestions))].slice(0, MAX_SUGGESTIONS),
      route: firstEmpty?.route ?? route,
    });
  }
  // A picture or a file is one person's (a CV, a timeline): ask whose rather than send everyone's.
  if (fits.some((p) => p.answer.attachments?.length)) {
    return makeAnswer({
      kind: 'empty',
      title: messages.t('directory.whose.title'),
      body: messages.t('directory.whose.body', {
        count: asked.everyone,
        example: `${route.command ? `/${route.command} ` : ''}${fits[0]!.person.name}`,
      }),
      suggestions: fits.slice(0, 5).map((p) => `${route.command ? `/${route.command} ` : ''}${p.person.name}`),
      route,
    });
  }
  const sections: AnswerSection[] = fits.map(({ person, answer }) => ({
    heading: answer.title === person.name ? person.name : `${person.name} — ${answer.title}`,
    bullets: bulletsOf(answer, person),
  }));
  return makeAnswer({
    kind: 'result',
    title: messages.t('people.count', { count: fits.length }),
    subtitle: route.command ? `/${route.command}${route.query ? ` ${route.query}` : ''}` : route.query,
    sections,
    ...(asked.unasked ? { footer: leftOut(messages, 0, asked.unasked) } : {}),
    // A field keeps the path it came from, so a public copy still drops a private one.
    fields: fits.flatMap(({ person, answer }) =>
      answer.fields.filter((f) => f.sourcePath).map((f) => ({ ...f, label: `${person.name} · ${f.label}`, inline: false })),
    ),
    matches: fits.flatMap(({ person, answer }) => answer.matches.map((m) => ({ ...m, person }))),
    route: fits[0]!.answer.route ?? route,
  });
}

/** A crowd question's rest in the router's words (`text`), as the asker wrote it (`said`), and the crowd command its cue is of. */
export interface CrowdQuestion {
  readonly command: Command;
  readonly text: string;
  readonly said: string;
}

/**
 * The rest of a question after a crowd command's cue ("who knows kafka?" → "knows kafka"), or
 * null when no cue is in it. A cue in another language ("quem sabe kafka?") is found in the
 * question's English, and the rest is that English, said as the asker's own words that read so
 * ("sabe kafka"), or their whole question when no run of them does.
 */
export function crowdRoute(text: string, registry: readonly Command[]): CrowdQuestion | null {
  // "Who is employed rn?", "any staff-level engineers?": chat's shorthand read as the words it stands for.
  const spelledOut = (said: readonly string[]) => shorthandSpelledOut(said.join(' ')).split(' ').filter(Boolean);
  // "Who's into climbing, running or cycling?", "climbers / runners around?": the list's commas and slashes are its
  // "or", which words() would drop.
  const listed = listSpelledOut(text);
  const named = peopleNamedBy(spelledOut(words(listed)), registry);
  if (named) return { ...named, said: named.text };
  const read = (said: string) => spelledOut(words(listSpelledOut(said)));
  const rest = restAfterCue(read(listed), registry);
  // Quoted back as typed ("doesn't know python"), not as read ("doesn t know python").
  if (rest !== null) {
    const typed = rest.typed ?? rest.text;
    return { command: rest.command, text: rest.text, said: typedEnd(text, typed, read) ?? typed };
  }
  const english = restAfterCue(words(glossQuestion(normalize(listed))), registry);
  if (english === null) return null;
  const said =
    typedEnd(text, english.typed ?? english.text, (tail) => words(glossAny(normalize(listSpelledOut(tail))))) ?? trimmedQuestion(text);
  return { command: english.command, text: english.text, said };
}

/** Where a clause of its own may begin: after a comma, a semicolon or a sentence's end. */
const CLAUSE_BREAK = /[,;.!?]\s+/g;
/** Words a question of its own opens with ("is there anyone…", "who do we have?", "anyone?"). */
const QUESTION_OPENERS = new Set([
  'who',
  'whom',
  'which',
  'anyone',
  'anybody',
  'someone',
  'is',
  'are',
  'do',
  'does',
  'did',
  'can',
  'has',
  'have',
  'any',
]);

/**
 * A crowd question followed by another that asks it again ("I need someone with an AWS cert, is there anyone on the
 * team who has one?", "looking for someone who knows go. who do we have?"): the first alone; undefined when the text
 * is no such pair (a list's commas join what is asked: "who knows python, java or go?").
 */
export function withoutCrowdTag(text: string, registry: readonly Command[]): string | undefined {
  for (const found of text.matchAll(CLAUSE_BREAK)) {
    const head = text.slice(0, found.index).trim();
    const tail = text.slice(found.index + found[0].length);
    if (!QUESTION_OPENERS.has(words(tail)[0] ?? '')) continue;
    if (crowdRoute(tail, registry) !== null && crowdRoute(head, registry) !== null) return head;
  }
  return undefined;
}

const trimmedQuestion = (text: string): string => text.trim().replace(/[\s?!.…]+$/u, '');

/** The shortest end of the asker's words that reads as `read`, if any. */
function typedEnd(text: string, read: string, reading: (tail: string) => readonly string[]): string | undefined {
  if (!read) return undefined;
  const tokens = trimmedQuestion(text).split(/\s+/);
  for (let from = tokens.length - 1; from > 0; from--) {
    const tail = tokens.slice(from).join(' ');
    if (reading(tail).join(' ') === read) return tail;
  }
  return undefined;
}

/** What follows a crowd word: the command, what it asks, and the words as typed when it asks more ("now"). */
function restAfterCue(said: readonly string[], registry: readonly Command[]): { command: Command; text: string; typed?: string } | null {
  let best: { at: number; length: number; command: Command } | null = null;
  for (const command of registry) {
    for (const cue of command.crowd?.cues ?? []) {
      const phrase = cue.split(' ');
      for (let i = 0; i + phrase.length <= said.length; i++) {
        // "anyoen know kafka?": a long cue typed with a slip is still the cue.
        if (!phrase.every((w, k) => said[i + k] === w || misspells(said[i + k]!, w))) continue;
        if (!best || i < best.at || (i === best.at && phrase.length > best.length)) best = { at: i, length: phrase.length, command };
        break;
      }
    }
  }
  if (!best) return null;
  // "who was working in 2015": the verb after the cue belongs to "who", not to a name the router should look for.
  let from = best.at + best.length;
  // "Anyone who can code in go?", "someone that knows kafka": the relative word goes with the cue.
  if (RELATIVES.has(said[from] ?? '')) from++;
  while (from < said.length && AUXILIARIES.has(said[from]!)) from++;
  // "who was a CEO?": being one stays asked as such ("was a ceo"), not as having the word anywhere.
  const being = BEING.has(said[from - 1] ?? '') && (said[from] === 'a' || said[from] === 'an');
  const rest = said.slice(being ? from - 1 : from);
  // "Who is working?", "who works?", "who is volunteering?": working now, not having ever worked ("who was working?"
  // keeps its past).
  const past = said.slice(best.at + best.length, from).some((w) => PAST.has(w));
  // "Who works at netflix?": works there now, never whoever once did; a time said is the question's own. So is "who is
  // not working?".
  const verb = rest[0] === 'not' ? rest[1] : rest[0];
  if (!past && WORKING.has(verb!) && !rest.some((w) => TIMED.has(w) || /^\d{4}$/.test(w)))
    return { command: best.command, text: `${rest.join(' ')} now`, typed: rest.join(' ') };
  return { command: best.command, text: rest.join(' ') };
}

/** What people do, by the nouns that say it ("speaker", "engineer", "advocate"…), in the singular. */
const DOERS = [
  'speaker',
  'engineer',
  'developer',
  'designer',
  'manager',
  'analyst',
  'architect',
  'scientist',
  'researcher',
  'advocate',
  'consultant',
  'instructor',
  'teacher',
  'tutor',
  'mentor',
  'founder',
  'intern',
  'writer',
  'specialist',
  'administrator',
  'coordinator',
  'supervisor',
  'technician',
  'programmer',
  'volunteer',
];
/**
 * Nouns that say what the people do, kept with what describes them: "any native spanish speakers?", "any staff
 * engineers?", "is there a data analyst?".
 */
const DOING_NOUNS = new Set(DOERS.flatMap((noun) => [noun, `${noun}s`]));
/** One of them, said after an opener only ("is there a data analyst?"): "ele foi tutor?" asks whether he was one. */
const ONE_OF_THEM = new Set([...DOERS, 'person', 'expert']);
/** Nouns for people that what is before them describes ("kafka people", "R users", "rust folks", "kafka experts"). */
// Graduates are people a school or a subject describes ("cs grads", "stanford alumni").
const PEOPLE_NOUNS = new Set([
  ...['people', 'ppl', 'folks', 'users', 'person', 'expert', 'experts'],
  ...['grads', 'graduates', 'alumni', 'alums', 'majors'],
  ...DOING_NOUNS,
]);
/** Words that open such a question and name nothing ("any kafka people here?", "do we have any rust folks?"). */
const OPENERS = new Set(['any', 'some', 'hey', 'hi', 'so', 'ok', 'our', 'a', 'an']);
/** Phrases that open one too ("do we have any…", "I'm looking for a…", read without the contraction's tail). */
const OPENING_PHRASES = [
  'do we have',
  'are there',
  'is there',
  'got',
  'i need',
  'we need',
  'i looking for',
  'we looking for',
  'looking for',
].map((phrase) => phrase.split(' '));
/** Words that end one and say only where ("here", "around", "on the team", "in the directory"). */
const WHEREABOUTS = new Set(['here', 'around', 'there']);
const WHEREABOUT_PHRASES = AMONG_US.map((p) => p.split(' '));
/** Words that join what describes people ("kafka or flink people"). */
const JOINERS = new Set(['and', 'or']);
/** At most this many words describe the people: a longer run is a sentence, not a name. */
const MAX_DESCRIBING = 3;

/**
 * "Any kafka people here?", "R users?", "rust folks around?": a question made of what describes people and a noun for
 * them asks who fits the description; null for any other words.
 */
function peopleNamedBy(said: readonly string[], registry: readonly Command[]): { command: Command; text: string } | null {
  let from = 0;
  let to = said.length;
  const opening = OPENING_PHRASES.find((phrase) => phrase.every((w, k) => said[k] === w));
  if (opening) from = opening.length;
  while (from < to && OPENERS.has(said[from]!)) from++;
  while (to > from && WHEREABOUTS.has(said[to - 1]!)) to--;
  const where = WHEREABOUT_PHRASES.find(
    (phrase) => phrase.length < to - from && phrase.every((w, k) => said[to - phrase.length + k] === w),
  );
  if (where) to -= where.length;
  const describing = said.slice(from, to - 1);
  const noun = said[to - 1]!;
  // "Yoruba or igbo speakers", "python and typescript ppl": what describes them may be joined, never opened or closed
  // so.
  const joined = (w: string, at: number) => JOINERS.has(w) && at > 0 && at < describing.length - 1;
  const describes = describing.filter((w, at) => !joined(w, at));
  // "Is there a rock climber on the team?": opened so and placed among people, any noun says what someone is; so does
  // a plural one placed so without it ("any climbers on the team?", "rustaceans in the house?").
  const anyNoun = (opening !== undefined || (to > from && noun.endsWith('s'))) && to < said.length && !PEOPLE_NOUNS.has(noun);
  // "Python developers", "kafka engineers": people who know the technology, whatever their title says.
  const kept = anyNoun || (DOING_NOUNS.has(noun) && !describes.every((w) => technologyOf(w) !== undefined));
  const named = kept ? [...describing, noun] : describing;
  if (!anyNoun && (!describing.length || !PEOPLE_NOUNS.has(noun) || (ONE_OF_THEM.has(noun) && from === 0))) return null;
  // Words of a sentence ("who has managed people?", "does she mentor people?") describe nobody.
  const sentence = named.some((w, at) => (STOPWORDS.has(w) || FILLER.has(w)) && !joined(w, at));
  if ((anyNoun ? describes.length + 1 : describes.length) > MAX_DESCRIBING || sentence) return null;
  const command = crowdCommand(registry);
  return command ? { command, text: named.join(' ') } : null;
}

/** Working, said alone in the present (volunteering only as doing it: "who volunteers?" may ask who ever has). */
const WORKING = new Set(['working', 'works', 'employed', 'volunteering']);
const PAST = new Set(['was', 'were', 'had', 'did']);
/** Words that already say when ("still", "ever", "before"). */
const TIMED = new Set([
  'now',
  'currently',
  'still',
  'today',
  'ever',
  'before',
  'after',
  'since',
  'until',
  'previously',
  'formerly',
  'once',
]);
// "What" is Portuguese "que" glossed: "tem alguém que fala basco?".
const RELATIVES = new Set(['who', 'that', 'what']);

const BEING = new Set(['is', 'was', 'are', 'were', 'been']);

const AUXILIARIES = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'does',
  'do',
  'did',
  'can',
  'could',
  'will',
  'would',
  'here',
  'there',
  // "Who lists kafka?", "anyone mention terraform?": having it on their résumé, as "has".
  'lists',
  'list',
  'listed',
  'mentions',
  'mention',
  'mentioned',
  // "Alguém aqui trabalhou na netflix?": where the asker is, as "anyone here".
  'aqui',
]);

/** Words of place before what a question asks for ("worked in", "studied at"). */
const OBJECT_PLACES = new Set(['in', 'at']);

/** Words that open what a question asks for ("an african language"). */
const ARTICLES = new Set(['a', 'an', 'the', 'any', 'some']);

/**
 * The examples a question gives of what it asks, asked in its place: "has anyone published at a real academic venue,
 * like osdi/sosp/nsdi?" is "who published at osdi or sosp or nsdi". What it asks is the words after its crowd cue up to
 * an article ("published at", "speak") or up to "in" or "at" ("worked in"); none when nothing says where what is asked
 * begins.
 */
export function examplesAsked(text: string, registry: readonly Command[]): string[] {
  const given = examplesGiven(text);
  const crowd = given && crowdRoute(given.head, registry);
  const said = crowd ? crowd.text.split(' ') : [];
  // What is asked begins at an article or after a word of place ("worked in"), whichever comes first.
  const object = said.findIndex((w, i) => ARTICLES.has(w) || (i > 0 && OBJECT_PLACES.has(said[i - 1]!)));
  return given && object > 0 ? [`who ${said.slice(0, object).join(' ')} ${given.examples.join(' or ')}`] : [];
}
