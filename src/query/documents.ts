/**
 * What the search indexes: documents, one per thing a person can ask about (a role, a
 * skill, an award...). Each document says what names it (identity), what describes it
 * (facets) and what it contains (content), so the search can trust a name match more than
 * a word found in a highlight. Which documents a résumé section makes is declared by the
 * command that serves the section (its `SectionSource`), not here.
 */
import type { ResumeSection } from '../model/answer.js';
import type { Resume } from '../resume/schema.js';
import type { Messages } from '../i18n/catalogue.js';

export interface SearchDocument {
  section: ResumeSection;
  id: string;
  title: string;
  /** Names: company, project, skill keyword, institution, award title. */
  identity: string[];
  /** Describing facets: position, location, group, area, keywords, awarder, related projects. */
  facets: string[];
  /** Running text: highlights, descriptions, summaries. Only matched word by word. */
  content: string[];
  /** Index into the résumé array this document was built from. */
  index: number;
  /** Its place when the most significant entry comes first (a degree above a course, the current role above a past one); equally relevant hits are shown in this order. */
  rank?: number;
  /** For a skill keyword: its index inside the group's keywords; -1 for the group itself. */
  keywordIndex?: number;
}

/** A résumé section as the query layer sees it: what one entry is called and how its entries are searched. */
export interface SectionSource {
  /** The JSON Resume section. */
  readonly section: ResumeSection;
  /** The command that answers about it (for "did you mean /skills kafka" and free-text routing). */
  readonly command: string;
  /** One entry, in a sentence: "role", "award". */
  readonly noun: string;
  /** The section in a sentence: "roles", "awards", "volunteer work". */
  readonly plural: string;
  /**
   * Each entry's title is its owner's alone (a paper, a role, a project), never a thing others have by the same name
   * (a skill, a language): of another person, it asks for their section, not for that title.
   */
  readonly ownTitles?: boolean;
  /** True when this résumé has something in the section. */
  present(resume: Resume): boolean;
  documents(resume: Resume): SearchDocument[];
  /** Names of people other than the owner this section holds (references): a question about them is not about the owner. */
  people?(resume: Resume): string[];
  /**
   * Its entries are places ("what did she do there?"): the name entry `n` goes by when asked about again in words
   * (a role's company, a school), undefined when it has none.
   */
  placeName?(resume: Resume, n: number): string | undefined;
  /** Entry `n`'s title in the asker's words ("Data Volunteer — Central Texas Food Bank"); absent: its match's (English) title. */
  title?(resume: Resume, n: number, messages: Messages): string | undefined;
}

/** Short names inside parentheses ("… do Sul (PUCRS)") are names too. */
export function withAbbreviations(name: string | undefined): string[] {
  if (!name) return [];
  const out = [name];
  for (const m of name.matchAll(/\(([^)]+)\)/g)) out.push(m[1]!);
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (bare && bare !== name) out.push(bare);
  out.push(...initialism(bare || name));
  return out;
}

/** Little words a name's initials skip: "University of Texas at Austin" is UTA. */
const UNINITIALLED = new Set(['of', 'at', 'the', 'and', 'for', 'in', 'on', 'de', 'da', 'do', 'del', 'la', 'y', 'e']);

/**
 * A long name's initials, as people abbreviate it ("Certified Kubernetes Administrator" is CKA,
 * "University of Texas at Austin" UTA or UT Austin); none for names under three words, whose two
 * letters alone would stand for too many things.
 */
export function initialism(name: string | undefined): string[] {
  const significant = (name ?? '')
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s/&,–—-]+/)
    .filter((w) => /^\p{L}/u.test(w) && !UNINITIALLED.has(w.toLowerCase()));
  if (significant.length < 3 || significant.length > 6) return [];
  const initials = significant.map((w) => w[0]!.toLowerCase()).join('');
  // Its first words as initials, the rest as written: "UT Austin".
  const heads = significant.slice(2).map((_, k) => `${initials.slice(0, k + 2)} ${significant.slice(k + 2).join(' ')}`);
  return [initials, ...heads];
}

/** Words that say a name is a school's: its initials start or end with theirs ("UW", "OU"). */
const SCHOOL_WORDS = new Set(['university', 'college', 'institute', 'school', 'academy', 'polytechnic']);

/**
 * A two-word school's initials, in either order, as students say them: the University of Washington is UW, the
 * University of Oklahoma OU. Longer names have theirs from initialism; other two-word names have none.
 */
export function schoolInitials(name: string | undefined): string[] {
  const significant = (name ?? '')
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s/&,–—-]+/)
    .filter((w) => /^\p{L}/u.test(w) && !UNINITIALLED.has(w.toLowerCase()));
  if (significant.length !== 2 || !significant.some((w) => SCHOOL_WORDS.has(w.toLowerCase()))) return [];
  const [a, b] = significant.map((w) => w[0]!.toLowerCase());
  return [`${a}${b}`, `${b}${a}`];
}

/**
 * The kinds a name lists ("Operations & Leadership", "Testing / QA", "Cloud, DevOps"): each names the entry whole, as a
 * word inside a longer name does not. "And" joins the words of titles too ("Databases and SQL for Data Science").
 */
export function conjuncts(name: string | undefined): string[] {
  const parts = (name ?? '')
    .split(/\s*(?:&|,|\s\/\s)\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 1 ? parts : [];
}

export const defined = (values: ReadonlyArray<string | undefined>): string[] => values.filter((v): v is string => Boolean(v));

/** A highlight's lead-in label ("FinOps Practice: …") is a facet: it says what the bullet is about. */
export function highlightLabels(highlights: readonly string[]): string[] {
  return highlights.map((h) => /^([^:]{3,60}):/.exec(h)?.[1]).filter((v): v is string => Boolean(v));
}
