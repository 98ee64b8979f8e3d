import { english, type Messages } from '../src/i18n/catalogue.js';
import {
  entryId,
  entryNumber,
  makeAnswer,
  type Answer,
  type AnswerLink,
  type AnswerSection,
  type Match,
  type ResumeSection,
} from '../src/model/answer.js';
import { namedClients } from '../src/query/clients.js';
import { nextInTime } from '../src/query/followup-time.js';
import { defined, highlightLabels, withAbbreviations } from '../src/query/documents.js';
import { compact, words } from '../src/query/normalize.js';
import { locatedAt, placePart } from '../src/query/place.js';
import { isPlaceName, locationNames } from '../src/query/regions.js';
import type { ResumeIndex } from '../src/query/index.js';
import type { Hit } from '../src/query/search.js';
import { formatRange } from '../src/resume/dates.js';
import { entrySpans } from '../src/resume/entry-dates.js';
import { bySignificance, recency, significanceRanks } from '../src/resume/significance.js';
import type { ProjectEntry, Resume, WorkEntry } from '../src/resume/schema.js';
import type { Command, CommandSection } from './definition.js';
import { entryMatch, hitIndexes, link, missingSection, notFound, quoted, yearShown } from './format.js';
import { projectLinks, relatedProjects } from './projects.js';
import { current, first, heldLongestOrShortest, inYear, neighbour, previous } from './timeline.js';
import { rolesCovered } from './work-covered.js';

/** "Performance Architect at Netflix" in the asker's words; without `messages`, in English (what --json prints). */
export function workTitle(entry: WorkEntry, messages: Messages = english()): string {
  if (entry.position && entry.name) return messages.t('work.title', { position: entry.position, company: entry.name });
  return entry.position ?? entry.name ?? messages.t('work.untitled');
}

export function workDates(entry: WorkEntry, now: Date, messages: Messages = english()): string {
  return formatRange(entry.startDate, entry.endDate, now, messages);
}

export function workMatch(entry: WorkEntry, index: number, score?: number): Match {
  return entryMatch('work', index, workTitle(entry), score);
}

/** "VP, Platform Engineering · PicPay · Nov 2021 – Present · 5 yrs 1 mo" */
export function workLine(entry: WorkEntry, now: Date, messages: Messages = english()): string {
  return [entry.position, entry.name, workDates(entry, now, messages)].filter(Boolean).join(' · ');
}

const section: CommandSection = {
  section: 'work',
  ownTitles: true,
  noun: 'role',
  plural: 'roles',
  present: (resume) => resume.work.length > 0,
  placeName: (resume, n) => resume.work[n]?.name,
  title: (resume, n, messages) => {
    const entry = resume.work[n];
    return entry && workTitle(entry, messages);
  },
  documents: (resume: Resume) => {
    const ranks = significanceRanks(resume.work, recency);
    return resume.work.map((entry, i) => {
      const projects = relatedProjects(resume, entry).map(({ project }) => project);
      return {
        section: 'work',
        id: entryId('work', i),
        title: workTitle(entry),
        // The company, and the clients its text names: who the person worked for.
        identity: [...withAbbreviations(entry.name), ...namedClients(defined([entry.description, entry.summary, ...entry.highlights]))],
        // Where it was, and the region and country its location names ("CA": California).
        facets: defined([
          entry.position,
          entry.location,
          ...locationNames(entry.location, resume.basics.location?.countryCode),
          ...highlightLabels(entry.highlights),
          ...projects.map((p) => p.name),
        ]),
        content: defined([
          entry.description,
          entry.summary,
          ...entry.highlights,
          ...projects.flatMap((p) => [p.description, ...p.keywords]),
        ]),
        index: i,
        rank: ranks[i],
      };
    });
  },
};

/** What a role's answer shows of the projects built there: the same for every answer until the résumé is reloaded. */
interface RoleProjects {
  readonly of: readonly ProjectEntry[];
  readonly bullets: readonly string[];
  readonly links: readonly AnswerLink[];
}

const builtAt = new WeakMap<WorkEntry, RoleProjects & { readonly projects: readonly ProjectEntry[] }>();

function roleProjects(resume: Resume, entry: WorkEntry): RoleProjects {
  const known = builtAt.get(entry);
  if (known?.projects === resume.projects) return known;
  const of = relatedProjects(resume, entry).map(({ project }) => project);
  const found = {
    projects: resume.projects,
    of,
    bullets: of.map((project) => [project.name, project.description].filter(Boolean).join(' — ')),
    links: projectLinks(of),
  };
  builtAt.set(entry, found);
  return found;
}

/** One role in full: the answer to "/experience netflix". */
function roleAnswer(index: ResumeIndex, i: number, now: Date, messages: Messages, score?: number): Answer {
  const entry = index.resume.work[i]!;
  const dates = workDates(entry, now, messages);
  const projects = roleProjects(index.resume, entry);
  const sections: AnswerSection[] = [];
  if (entry.summary) sections.push({ heading: messages.t('work.summary'), bullets: [entry.summary] });
  if (entry.highlights.length) sections.push({ heading: messages.t('work.highlights'), bullets: entry.highlights });
  if (projects.bullets.length) sections.push({ heading: messages.t('work.projects'), bullets: [...projects.bullets] });
  return makeAnswer({
    kind: 'result',
    title: workTitle(entry, messages),
    subtitle: [entry.location, dates].filter(Boolean).join(' · ') || undefined,
    body: entry.description,
    fields: [
      ...(entry.name ? [{ label: messages.t('work.company'), value: entry.name, inline: true }] : []),
      ...(entry.location ? [{ label: messages.t('work.location'), value: entry.location, inline: true }] : []),
      ...(dates ? [{ label: messages.t('work.dates'), value: dates, inline: true }] : []),
    ],
    sections,
    links: [...link(entry.name ?? messages.t('work.website'), entry.url), ...projects.links],
    matches: [workMatch(entry, i, score)],
    footer: dates || undefined,
  });
}

/** Several roles, each as a section: years, "performance", current roles. */
/** An entry id of a dated section other than work ("education-0"), as nextInTime takes it. */
function entryOfAnotherSection(id: string | undefined): { section: ResumeSection; id: string } | undefined {
  const section = /^([a-z]+)-\d+$/.exec(id ?? '')?.[1];
  const dated: readonly ResumeSection[] = ['education', 'volunteer', 'projects', 'awards', 'certificates', 'publications'];
  const found = dated.find((s) => s === section);
  return found && id ? { section: found, id } : undefined;
}

function rolesAnswer(
  index: ResumeIndex,
  roles: ReadonlyArray<{ i: number; score?: number }>,
  title: string,
  now: Date,
  messages: Messages,
): Answer {
  if (roles.length === 1) return roleAnswer(index, roles[0]!.i, now, messages, roles[0]!.score);
  const perRole = roles.length <= 2 ? Infinity : 3;
  return makeAnswer({
    kind: 'result',
    title,
    sections: roles.map(({ i }) => {
      const entry = index.resume.work[i]!;
      const bullets = entry.highlights.slice(0, perRole);
      if (entry.highlights.length > bullets.length)
        bullets.push(
          messages.t('work.more', { count: entry.highlights.length - bullets.length, name: entry.name ?? messages.t('work.thisRole') }),
        );
      return {
        heading: workLine(entry, now, messages),
        bullets: bullets.length ? bullets : [entry.location ?? workTitle(entry, messages)],
        entry: entryId('work', i),
      };
    }),
    matches: roles.map(({ i, score }) => workMatch(index.resume.work[i]!, i, score)),
  });
}

/** True when the words matched are the role's title. */
function isTitle(term: readonly string[] | undefined, entry: WorkEntry | undefined): boolean {
  return Boolean(term && entry?.position) && words(entry!.position!).join(' ') === term!.join(' ');
}

/**
 * Roles at a kind of organisation its own description says it is ("Non-profit AI research institute": a nonprofit, a
 * research institute), the words run together or apart, one or many ("nonprofits"). A name the description gives
 * (capitalised inside it: "built around Apache Kafka") is another's, never what the employer is.
 */
function describedAs(resume: Resume, kind: string): Array<{ i: number }> {
  const asked = compact(kind);
  if (!asked) return [];
  const says = (description: string | undefined) => {
    const said = (description ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return said.some((first, start) => {
      if (start > 0 && /^\p{Lu}/u.test(first)) return false;
      let run = '';
      for (let end = start; end < Math.min(said.length, start + 4); end++) {
        run += compact(said[end]!);
        if (run === asked || `${run}s` === asked) return true;
      }
      return false;
    });
  };
  return resume.work.flatMap((entry, i) => (says(entry.description) ? [{ i }] : []));
}

/** The role a hit found is at the organisation named: its company (or a named client), never a word of its text. */
function atEmployer(index: ResumeIndex, hit: Hit, name: string): boolean {
  return index.searchNames('work', name).some((h) => h.doc.index === hit.doc.index);
}

/**
 * A hit for a place is a role there: its location, its text, or its whole name; a name that only holds the place's
 * is elsewhere (the Bank of Montreal), and a place is asked whole ("porto" is no "Porto Alegre"). What a title says
 * ("worked in engineering": VP, Platform Engineering), or a name says in another form of the word ("banking":
 * Northwind Bank, as no place is named), is a line of work, not a place.
 */
function isThere(index: ResumeIndex, hit: Hit, place: string): boolean {
  const role = index.resume.work[hit.doc.index];
  const asked = words(place);
  if (hit.tier === 'content' || placePart(role?.location, asked)) return true;
  // A country, a region, a continent or a metropolitan area is the one its location names, word for word: "south
  // america" is no misspelt "North America", "north carolina" no "South Carolina".
  if (isPlaceName(asked.join(' '))) return locatedIn(index, role, asked);
  if (hit.whole) return true;
  return (hit.tier === 'facet' && isTitle(hit.term, role)) || (hit.tier === 'identity' && hit.score < 1);
}

/** Whether a role's location is in the place asked (locatedAt), read against the owner's own country. */
function locatedIn(index: ResumeIndex, role: WorkEntry | undefined, asked: readonly string[], names?: readonly string[]): boolean {
  return locatedAt(role?.location, asked, index.resume.basics.location?.countryCode, names);
}

/** The role a hit found is in the place named. */
function inPlace(index: ResumeIndex, hit: Hit, place: string): boolean {
  return index.find('work', place).some((h) => h.doc.index === hit.doc.index && isThere(index, h, place));
}

export const experience: Command = {
  data: {
    name: 'experience',
    description: 'Roles and companies: a company, a skill, a year, or "current"',
    usageHint: '[company, year, topic or "current"]',
    option: { name: 'query', description: 'A company, a year, a topic or "current" (empty: the whole timeline)', autocomplete: true },
    examples: ['experience', 'experience netflix', 'experience 2015', 'experience current', 'experience finops'],
    slash: true,
  },
  section,
  routing: {
    // Anything about working: the broadest intent, so any other command's cue outranks it.
    priority: 10,
    role: 'timeline',
    cues: [
      'work',
      'worked',
      'working',
      'works',
      'job',
      'jobs',
      'role',
      'roles',
      'position',
      'positions',
      'company',
      'companies',
      'employer',
      'employers',
      'employed',
      'career',
      'experience',
      'history',
      'timeline',
      'title',
      'do at',
      'did at',
      'doing at',
      'responsible',
      'responsibilities',
      'achievements',
      'accomplishments',
      'lead',
      'led',
      'manage',
      'managed',
      'hired',
    ],
    // "Was he a CEO?": being something is a role, when the question asks for nothing else.
    weakCues: ['was he a', 'was she a', 'was he an', 'was she an', 'has he been a', 'has she been a', 'were they a', 'was they a'],
    // Speaking at something is giving talks there, done in a role ("represented Netflix at conferences"): never a
    // spoken language.
    strongCues: ['speak at', 'speaks at', 'spoke at', 'spoken at', 'speaking at'],
    moments: {
      current: [
        'does he work',
        'is he working',
        'he works',
        'is he employed',
        'is he at',
        'he is at',
        'does he do',
        'is he doing',
        'his job',
        'his role',
        'his title',
        'his position',
      ],
      previous: [
        'previous job',
        'previous role',
        'previous position',
        'previous company',
        'previous employer',
        'last job',
        'prior job',
        'prior role',
        'job before',
      ],
      first: [
        'first job',
        'first role',
        'first position',
        'first company',
        'earliest',
        'start his career',
        'started his career',
        'start of his career',
        'begin his career',
        'began his career',
        'career start',
        'start working',
        'started working',
        'begin working',
        'began working',
      ],
    },
  },
  modifiers: ['current', 'previous', 'first', 'tenure', 'year', 'relative', 'employer', 'place', 'position', 'entry'],
  completions: (resume) => [...resume.work.map((w) => w.name ?? ''), ...resume.work.map((w) => w.position ?? ''), 'current'],
  execute(query, context) {
    const { index, now, messages } = context;
    const { resume } = index;
    const q = query.text.trim();
    const modifier = query.modifier;
    const t = messages.t.bind(messages);
    if (!resume.work.length) return missingSection(index, t('work.missing'), messages);

    if (!modifier && !q) {
      // The current role first, then the latest: the order most résumés are written in, kept when one is not.
      const order = bySignificance(resume.work, recency);
      return makeAnswer({
        kind: 'list',
        title: t('work.heading'),
        // How long in all ("how many years of experience does he have?"), beside how many.
        subtitle: [t('work.count', { owner: resume.basics.name, count: resume.work.length }), rolesCovered(resume, now, messages)?.line]
          .filter(Boolean)
          .join(' · '),
        sections: [{ heading: t('work.timeline'), bullets: order.map((i) => workLine(resume.work[i]!, now, messages)) }],
        matches: order.map((i) => workMatch(resume.work[i]!, i)),
        suggestions: [...new Set(order.map((i) => resume.work[i]!.name ?? '').filter(Boolean))]
          .slice(0, 3)
          .map((name) => `/experience ${name}`),
      });
    }

    switch (modifier?.kind) {
      case 'current': {
        const { picked, ongoing } = current(resume.work, now);
        const answer = rolesAnswer(index, picked, ongoing ? t('work.current') : t('work.mostRecent'), now, messages);
        // "Where does he work now?" of someone between roles: the last one, said to be over, never shown as today's.
        return !ongoing && picked.length === 1 ? { ...answer, title: t('work.noneNow', { title: answer.title }) } : answer;
      }
      case 'previous': {
        const ended = previous(resume.work);
        return ended ? rolesAnswer(index, [ended], t('work.previous'), now, messages) : notFound(context, 'work', 'previous');
      }
      case 'first': {
        const earliest = first(resume.work);
        return earliest ? rolesAnswer(index, [earliest], t('work.first'), now, messages) : notFound(context, 'work', 'first');
      }
      case 'tenure': {
        const held = heldLongestOrShortest(resume.work, modifier.order, now);
        const title = t(modifier.order === 'longest' ? 'work.longest' : 'work.shortest', { count: held.length });
        return held.length ? rolesAnswer(index, held, title, now, messages) : notFound(context, 'work', modifier.order);
      }
      case 'year': {
        const held = inYear(resume.work, entrySpans(resume, 'work'), modifier, now);
        const year = yearShown(modifier, messages);
        if (held.length) return rolesAnswer(index, held, t('work.inYear', { count: held.length, year }), now, messages);
        return makeAnswer({
          kind: 'empty',
          title: t('work.noneInYear.title', { year }),
          body: t('work.noneInYear.body', { owner: resume.basics.name, year }),
          suggestions: ['/experience'],
        });
      }
      case 'entry': {
        const n = entryNumber('work', modifier.entry);
        if (n !== undefined && resume.work[n]) return roleAnswer(index, n, now, messages);
        break;
      }
      case 'relative': {
        const side = modifier.direction === 'before' ? 'Before' : 'After';
        // From an entry of another section ("where did she work after her phd?"): the role next to it in time.
        const other = entryOfAnotherSection(modifier.entry);
        if (other) {
          const n = nextInTime({ ...other, title: modifier.anchor }, 'work', modifier.direction, resume);
          if (n !== undefined)
            return rolesAnswer(index, [{ i: n }], t(`work.${side.toLowerCase()}`, { name: modifier.anchor }), now, messages);
          return makeAnswer({
            kind: 'empty',
            title: t(`work.none${side}.title`, { name: modifier.anchor }),
            body: t(`work.none${side}.body`, { name: modifier.anchor }),
            suggestions: ['/experience'],
          });
        }
        // A follow-up names the role by id ("and before that?"); typed text names it by words.
        const anchorAt = entryNumber('work', modifier.entry) ?? index.search('work', modifier.anchor)[0]?.doc.index;
        if (anchorAt === undefined || !resume.work[anchorAt]) break;
        const found = neighbour(resume.work, anchorAt, modifier.direction);
        const anchorName = resume.work[anchorAt]!.name ?? modifier.anchor;
        if (found) return rolesAnswer(index, [found], t(`work.${side.toLowerCase()}`, { name: anchorName }), now, messages);
        return makeAnswer({
          kind: 'empty',
          title: t(`work.none${side}.title`, { name: anchorName }),
          body: t(`work.none${side}.body`, { name: anchorName }),
          suggestions: ['/experience'],
        });
      }
      case 'employer': {
        // Only a role's company (or a named client) answers: a word in its highlights is no employer.
        const hits = index.searchNames('work', modifier.name);
        // No employer so named: one its description says is of that kind ("worked at a nonprofit").
        const roles = hits.length ? hitIndexes(hits) : describedAs(resume, modifier.name);
        if (roles.length)
          return rolesAnswer(index, roles, t('work.atEmployer', { count: roles.length, name: quoted(modifier.name) }), now, messages);
        // Close names are a search of their own, which nobody reads in a miss said plainly (CommandContext.plainMisses).
        const close = context.plainMisses ? [] : index.nearNames('work', modifier.name, 3);
        return makeAnswer({
          kind: 'empty',
          title: t('work.noneAt.title', { name: quoted(modifier.name) }),
          body: t('work.noneAt.body', { owner: resume.basics.name, name: quoted(modifier.name) }),
          suggestions: close.length ? close.map((name) => `/experience ${name}`) : ['/experience'],
        });
      }
      case 'position': {
        // A role held as it: its title and name say it ("Senior Engineering Manager"; a restaurant's GM: "General
        // Manager" at "… Restaurant Group"), never only its text ("managed hosting" is no manager).
        // A highlight's label ("Vendor Management: …") is what the role did, not what it was called.
        const titled = (query: string) =>
          index
            .find('work', query)
            .filter((h) => h.tier === 'identity' || (h.tier === 'facet' && isTitle(h.term, resume.work[h.doc.index])));
        const asked = modifier.name.split(' ');
        const whole = titled(modifier.name);
        // Every word of the title a role says is said by the same role's title: "software engineer" is no "Performance
        // Engineer", "research intern" no "Software Engineering Intern" ("vice president" is found whole, as "vp").
        const said = asked.filter((word) => index.find('work', word).length);
        const perWord = said.map(titled);
        const saysAll = (h: Hit) => perWord.every((found) => found.some((o) => o.doc === h.doc));
        const hits = whole.length ? whole.filter(saysAll) : said.length === asked.length ? (perWord[0] ?? []).filter(saysAll) : [];
        // Each other thing the question states holds for that same role: the organisation, the place.
        const held = hits.filter(
          (h) => (!modifier.at || atEmployer(index, h, modifier.at)) && (!modifier.in || inPlace(index, h, modifier.in)),
        );
        const query = [modifier.name, modifier.at, modifier.in].filter(Boolean).join(' ');
        if (held.length)
          return rolesAnswer(index, hitIndexes(held), t('work.match', { count: held.length, query: quoted(query) }), now, messages);
        return notFound(context, 'work', query);
      }
      case 'place': {
        if (modifier.outside) return rolesOutside(index, words(modifier.name), modifier.name, now, messages);
        const hits = index.find('work', modifier.name).filter((h) => isThere(index, h, modifier.name));
        // A continent no search finds (no role says it): the roles whose location is in it.
        const asked = words(modifier.name);
        const roles = hits.length
          ? hitIndexes(hits)
          : isPlaceName(asked.join(' '))
            ? index.resume.work.flatMap((role, i) => (locatedIn(index, role, asked) ? [{ i }] : []))
            : [];
        if (roles.length)
          return rolesAnswer(index, roles, t('work.match', { count: roles.length, query: quoted(modifier.name) }), now, messages);
        return notFound(context, 'work', modifier.name);
      }
      default:
        break;
    }

    const text =
      modifier?.kind === 'relative' ? `${modifier.direction} ${modifier.anchor}` : modifier?.kind === 'entry' ? modifier.name : q;
    const hits = index.find('work', text);
    if (!hits.length) return notFound(context, 'work', text);
    return rolesAnswer(index, hitIndexes(hits), t('work.match', { count: hits.length, query: quoted(text) }), now, messages);
  },
};

/**
 * "Did he work outside Brazil?": the roles whose location names a place, and not that one (nor a region or country
 * it is in); a location that names no place ("Remote") says nothing either way.
 */
function rolesOutside(index: ResumeIndex, place: readonly string[], name: string, now: Date, messages: Messages): Answer {
  const { resume } = index;
  const t = messages.t.bind(messages);
  const country = resume.basics.location?.countryCode;
  const away = resume.work.flatMap((role, i) => {
    const location = role.location ?? '';
    const names = locationNames(location, country);
    const namesAPlace = location.includes(',') || names.length > 0;
    const there = locatedIn(index, role, place, names);
    return namesAPlace && !there ? [i] : [];
  });
  if (away.length)
    return rolesAnswer(
      index,
      away.map((i) => ({ i })),
      t('work.outside', { count: away.length, name: quoted(name) }),
      now,
      messages,
    );
  return makeAnswer({
    kind: 'empty',
    title: t('work.noneOutside.title', { name: quoted(name) }),
    body: t('work.noneOutside.body', { owner: resume.basics.name, name: quoted(name) }),
    suggestions: ['/experience'],
  });
}
