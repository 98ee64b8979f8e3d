/**
 * The platform-neutral answer every handler returns and every renderer consumes.
 * Renderers (terminal, Slack Block Kit, Discord embeds) decide how to lay it out and
 * how to fit it inside their platform's limits; nothing here knows about a platform.
 */

/** Sections of a JSON Resume an answer can point at. */
export type ResumeSection =
  | 'basics'
  | 'work'
  | 'volunteer'
  | 'education'
  | 'awards'
  | 'certificates'
  | 'publications'
  | 'skills'
  | 'languages'
  | 'interests'
  | 'references'
  | 'projects';

/** Whose résumé an entry or an answer comes from, when the bot serves several people. */
export interface PersonRef {
  /** The résumé file's name without `.json`. */
  id: string;
  /** `basics.name`. */
  name: string;
}

/** One résumé entry an answer matched: the machine-readable result of a query. */
export interface Match {
  section: ResumeSection;
  /** Stable id inside the section, e.g. `work-2` or `skill-kubernetes`. */
  id: string;
  /** Human title: "Performance Architect at Netflix", "Kubernetes", "FlameScope". */
  title: string;
  /** Fuse.js relevance in [0, 1], 1 being a perfect match. Absent for listings. */
  score?: number;
  /** Whose entry it is (a directory of people); absent when the bot serves one résumé. */
  person?: PersonRef;
}

export interface AnswerField {
  label: string;
  value: string;
  /** Renderers may lay inline fields side by side. */
  inline?: boolean;
  /**
   * Dotted résumé path this value came from (`basics.phone`). Renderers of public
   * messages drop fields whose path the owner declared private.
   */
  sourcePath?: string;
}

export interface AnswerSection {
  heading: string;
  bullets: string[];
  /** The id of the one entry it shows, headed by that entry's name (a degree, a skill group, a role): an answer grouped with others keeps the name. */
  entry?: string;
}

export interface AnswerLink {
  label: string;
  url: string;
}

export type AnswerKind =
  /** One or more entries were found and are shown. */
  | 'result'
  /** A compact listing (timeline, skill groups, project list). */
  | 'list'
  /** Nothing matched; suggestions may say what is close. */
  | 'empty'
  /** Usage / help text. */
  | 'help'
  /** The request was refused (too long, rate limited, not allowed). */
  | 'refusal'
  /** Something went wrong while answering. */
  | 'error';

export interface Answer {
  kind: AnswerKind;
  title: string;
  subtitle?: string;
  /** A paragraph of plain text (summary, description, explanation). */
  body?: string;
  fields: AnswerField[];
  sections: AnswerSection[];
  links: AnswerLink[];
  /** "Did you mean" or follow-up queries, as text a user could type. */
  suggestions: string[];
  /** Résumé entries this answer is about, best first. */
  matches: Match[];
  /** A short line of metadata (dates, tenure), rendered as a footer where platforms have one. */
  footer?: string;
  /**
   * The command and query that produced this answer, after free-text routing. Adapters use it
   * to re-run the same question (share buttons, "show more"); the CLI prints it with --json.
   */
  route?: AnswerRoute;
  /**
   * Files that go with the answer: a picture shown with it (the timeline), a document to
   * download (the CV as a PDF). The handler only names them (handlers stay pure); each platform
   * gets the bytes for the résumé it serves at its edge and delivers them its own way, or shows
   * the answer's text where it cannot.
   */
  attachments?: AnswerAttachment[];
  /** The job-fit check's result, for machines. */
  jobMatch?: JobMatch;
  /** The catalogue tag it is worded in (`pt-BR`), for renderers' own labels; absent: English. */
  locale?: string;
  /**
   * The entries a follow-up leaned on ("what did he build there?": the role): the conversation
   * keeps them after the answer's own, so "there" still means that role next time. Never shown.
   */
  leanedOn?: Match[];
  /**
   * Whose answer it is, in a directory of people: renderers show the name, and the picture, the
   * CV and privacy come from that person's résumé. An answer across several people leaves it out
   * (each match names its own).
   */
  person?: PersonRef;
}

/**
 * A file an answer carries. Platforms deliver it by `display`: a picture inline (an embed
 * image, an image block, an <img>), a download as a link, an attachment, an upload or a file
 * the CLI writes.
 */
export interface AnswerAttachment {
  /** Which file: the career timeline picture, or the CV of the résumé being served. */
  kind: 'timeline' | 'cv';
  display: 'inline' | 'download';
  /** "timeline.png", "Martin-Spier-CV.pdf". */
  filename: string;
  contentType: string;
  /** A picture's alternative text (the fallback where it cannot be shown); a download's link text. */
  label: string;
}

/** The job-fit check's machine-readable result (`--json`'s `match`). */
export interface JobMatch {
  matched: Array<{ requirement: string; evidence: string[] }>;
  missing: string[];
  /** 0-1: matched requirements over recognised ones. */
  score: number;
}

export interface AnswerRoute {
  /** Registry command that answered, or null when free text could not be routed. */
  command: string | null;
  query: string;
}

/** Builds an answer with empty collections so handlers only spell out what they use. */
export function makeAnswer(partial: Partial<Answer> & Pick<Answer, 'kind' | 'title'>): Answer {
  return {
    fields: [],
    sections: [],
    links: [],
    suggestions: [],
    matches: [],
    ...partial,
  };
}

/** The id of entry `n` of a section (`work-2`), as matches and sections name it: what entryNumber reads back. */
export function entryId(section: ResumeSection, n: number): string {
  return `${section}-${n}`;
}

/** The position in its section of the entry a match id names (`work-2` → 2), or undefined when the id is not of that section. */
export function entryNumber(section: ResumeSection, id: string | undefined): number | undefined {
  // `${section}-` and digits only, read without a pattern made for each section on every call.
  if (id === undefined || !id.startsWith(section) || id.charCodeAt(section.length) !== 45) return undefined;
  const digits = id.slice(section.length + 1);
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}
