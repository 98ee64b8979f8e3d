import type { Messages } from '../src/i18n/catalogue.js';
import { entryId, entryNumber, makeAnswer, type AnswerSection, type Match } from '../src/model/answer.js';
import { defined, schoolInitials, withAbbreviations } from '../src/query/documents.js';
import { countryNamedIn, homeNamedIn, type Home } from '../src/query/regions.js';
import { entrySpans } from '../src/resume/entry-dates.js';
import {
  bySignificance,
  degreeLevel,
  degreeNames,
  isLevelName,
  levelAsked,
  recency,
  significanceRanks,
} from '../src/resume/significance.js';
import type { EducationEntry } from '../src/resume/schema.js';
import type { Command, CommandSection } from './definition.js';
import { entryMatch, link, missingSection, monthYear, notFound, quoted, yearShown } from './format.js';
import { inYear, neighbour } from './timeline.js';

export function educationTitle(entry: EducationEntry): string {
  const what = [entry.studyType, entry.area].filter(Boolean).join(' ');
  if (what && entry.institution) return `${what} at ${entry.institution}`;
  return what || entry.institution || 'Untitled education';
}

function educationMatch(entry: EducationEntry, index: number, score?: number): Match {
  return entryMatch('education', index, educationTitle(entry), score);
}

/** The entry as an answer's heading shows it, in the asker's words. */
function educationHeading(entry: EducationEntry, messages: Messages): string {
  const what = [entry.studyType, entry.area].filter(Boolean).join(' ');
  if (what && entry.institution) return messages.t('education.title', { what, institution: entry.institution });
  return what || entry.institution || messages.t('education.untitled');
}

function educationLine(entry: EducationEntry, messages: Messages): string {
  const start = monthYear(entry.startDate, messages);
  const end = entry.endDate ? monthYear(entry.endDate, messages) : start ? messages.t('date.present') : undefined;
  return [start && end ? `${start} – ${end}` : undefined, entry.score ? messages.t('education.score', { score: entry.score }) : undefined]
    .filter(Boolean)
    .join(' · ');
}

function educationSection(entry: EducationEntry, i: number, messages: Messages): AnswerSection {
  const bullets = [
    educationLine(entry, messages),
    ...(entry.courses.length ? [messages.t('education.courses', { courses: entry.courses.join(', ') })] : []),
  ].filter(Boolean);
  return {
    heading: educationHeading(entry, messages),
    bullets: bullets.length ? bullets : [entry.institution ?? ''],
    entry: entryId('education', i),
  };
}

/** A numeric score is a GPA or a grade; any other score is text that describes the degree. */
function scoreFacets(score: string | undefined): string[] {
  if (!score) return [];
  return /^\s*[\d.,]+\s*(\/\s*[\d.,]+)?\s*$/.test(score) ? ['GPA', 'grade', 'grades', score] : [score];
}

/** A higher degree first, then the latest. */
const significance = (entry: EducationEntry) => [degreeLevel(entry.studyType), ...recency(entry)];

const section: CommandSection = {
  section: 'education',
  ownTitles: true,
  noun: 'education entry',
  plural: 'education',
  present: (resume) => resume.education.length > 0,
  placeName: (resume, n) => resume.education[n]?.institution,
  title: (resume, n, messages) => {
    const entry = resume.education[n];
    return entry && educationHeading(entry, messages);
  },
  documents: (resume) => {
    const ranks = significanceRanks(resume.education, significance);
    return resume.education.map((entry, i) => {
      const location = entry.location;
      return {
        section: 'education',
        id: entryId('education', i),
        title: educationTitle(entry),
        identity: defined([...withAbbreviations(entry.institution), ...schoolInitials(entry.institution), entry.area]),
        // The score says what it is ("3.9/4.0" is a GPA; "Dissertation: …" names the thesis).
        facets: defined([
          entry.studyType,
          ...degreeNames(entry.studyType),
          ...entry.courses,
          typeof location === 'string' ? location : undefined,
          // Where the school's name says it is ("University of Texas at Austin": United States), else the home it names.
          ...placesOf(entry.institution, resume.basics.location),
          ...scoreFacets(entry.score),
        ]),
        content: [],
        index: i,
        rank: ranks[i],
      };
    });
  },
};

const placesOf = (institution: string | undefined, home: Home | undefined): string[] => {
  const country = countryNamedIn(institution);
  return country ? [country] : homeNamedIn(institution, home);
};

/**
 * What every entry shows ("his gpa at oklahoma", "the classification of his bachelor", "postgraduate, and in what
 * field?"): asked beside a name, only the name finds the entry.
 */
const SHOWN_WORDS = /\b(?:gpa|grade point average|grades?|score|classification|field(?: of study)?|major)\b/g;

function withoutShownWords(q: string): string {
  const rest = q.replace(SHOWN_WORDS, ' ').replace(/\s+/g, ' ').trim();
  return rest || q;
}

export const education: Command = {
  data: {
    name: 'education',
    description: 'Degrees and schools',
    usageHint: '[school, degree or year]',
    option: { name: 'query', description: 'A school, a degree or a year (empty: all education)', autocomplete: true },
    examples: ['education', 'education computer science', 'education pucrs'],
    slash: true,
  },
  section,
  routing: {
    priority: 40,
    cues: [
      'study',
      'studied',
      'studying',
      'degree',
      'degrees',
      'university',
      'college',
      'school',
      'education',
      'educated',
      'graduate',
      'graduated',
      'graduating',
      'graduation',
      'diploma',
      'major',
      'majored',
      'academic',
      'course',
      'courses',
      'coursework',
      'class',
      'classes',
      'qualification',
      'qualifications',
      'schooling',
      'studies',
      'alma mater',
      'highest degree',
      'formal education',
      // "Is she a Stanford grad?", "an Oxford alum": the school asked about, nothing else.
      'grad',
      'alum',
      'alumna',
      'alumnus',
      'alumni',
      // "Is she a student?", "is he still a student?": studying is being one.
      'student',
    ],
    // "Did he go to Harvard?": a school, unless another command's cue says what else it is.
    weakCues: ['go to', 'went to', 'attend', 'attended'],
    // Degrees and scores are looked for too: without a match, education says it has none.
    topics: [
      'phd',
      'ph.d',
      'doctorate',
      'doctoral',
      'masters',
      // "A master's" reads as "master": a degree, never a skill's level "Master".
      'master',
      'bachelor',
      'bachelors',
      'mba',
      'msc',
      'm.sc',
      'bsc',
      'b.sc',
      'gpa',
      'grade point average',
      // Kinds of education a résumé may not state: asked, they are that kind or nothing (never a certificate).
      'postgraduate',
      'undergraduate',
      'undergrad',
      'bootcamp',
      'bootcamps',
      'vocational',
    ],
  },
  modifiers: ['year', 'relative', 'entry'],
  completions: (resume) => [...resume.education.map((e) => e.institution ?? ''), ...resume.education.map((e) => e.area ?? '')],
  execute(query, context) {
    const { index, now, messages } = context;
    const { resume } = index;
    const q = withoutShownWords(query.text.trim());
    const t = messages.t.bind(messages);
    if (!resume.education.length) return missingSection(index, t('section.education', { count: 2 }), messages);
    let chosen: Array<{ entry: EducationEntry; i: number; score?: number }> = bySignificance(resume.education, significance).map((i) => ({
      entry: resume.education[i]!,
      i,
    }));
    let title = t('education.heading');
    const picked = query.modifier?.kind === 'entry' ? entryNumber('education', query.modifier.entry) : undefined;
    if (picked !== undefined && resume.education[picked]) {
      chosen = [{ entry: resume.education[picked], i: picked }];
    } else if (query.modifier?.kind === 'year') {
      const asked = query.modifier;
      const year = yearShown(asked, messages);
      const held = new Set(inYear(resume.education, entrySpans(resume, 'education'), asked, now).map((p) => p.i));
      chosen = chosen.filter(({ i }) => held.has(i));
      title = t('education.inYear', { year });
      if (!chosen.length)
        return makeAnswer({
          kind: 'empty',
          title: t('education.noneInYear.title', { year }),
          body: t('education.noneInYear.body', { year }),
          suggestions: ['/education'],
        });
    } else if (query.modifier?.kind === 'relative') {
      // "And before that?" after a degree: the one that started just before (or after) it.
      const { direction, anchor, entry } = query.modifier;
      const anchorAt = (entry ? entryNumber('education', entry) : undefined) ?? index.search('education', anchor)[0]?.doc.index;
      const anchored = anchorAt === undefined ? undefined : resume.education[anchorAt];
      if (anchorAt === undefined || !anchored) return notFound(context, 'education', anchor);
      const found = neighbour(resume.education, anchorAt, direction);
      const noun = t('section.education', { count: 1 });
      const name = educationMatch(anchored, anchorAt).title;
      if (!found) {
        const none = direction === 'before' ? 'entries.noneBefore' : 'entries.noneAfter';
        return makeAnswer({
          kind: 'empty',
          title: t(`${none}.title`, { noun, name }),
          body: t(`${none}.body`, { owner: resume.basics.name, noun, name }),
          suggestions: ['/education'],
        });
      }
      chosen = [found];
      title = t(direction === 'before' ? 'entries.before' : 'entries.after', { noun, name });
    } else if (q) {
      // A degree of another level is no answer to one asked by its level ("a masters at pucrs" is not the B.Sc.).
      const words = q.toLowerCase().split(/\s+/);
      const level = levelAsked(words);
      const ofLevel = (i: number) => level === undefined || level.has(degreeLevel(resume.education[i]?.studyType));
      const search = (text: string) => index.find('education', text).map((h) => ({ i: h.doc.index, score: h.score }));
      // The level is a filter, the other words are looked for when the whole finds nothing: "gpa undergraduate" is the
      // bachelor's GPA.
      const rest = level ? words.filter((w) => !isLevelName(w)).join(' ') : q;
      const whole = search(q).filter(({ i }) => ofLevel(i));
      const hits = whole.length || rest === q ? whole : (rest ? search(rest) : chosen).filter(({ i }) => ofLevel(i));
      if (!hits.length) return notFound(context, 'education', q);
      chosen = hits.map(({ i, score }) => ({ entry: resume.education[i]!, i, score }));
      title = chosen.length === 1 ? t('education.heading') : t('education.match', { count: chosen.length, query: quoted(q) });
    }
    return makeAnswer({
      kind: q || query.modifier ? 'result' : 'list',
      title,
      subtitle: resume.basics.name,
      sections: chosen.map(({ entry, i }) => educationSection(entry, i, messages)),
      links: chosen.flatMap(({ entry }) => link(entry.institution ?? t('education.school'), entry.url)),
      matches: chosen.map(({ entry, i, score }) => educationMatch(entry, i, score)),
    });
  },
};
