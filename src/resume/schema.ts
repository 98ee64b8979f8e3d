/**
 * JSON Resume 1.x (jsonresume.org) as a zod schema. Every section and field of the
 * standard is declared; unknown fields pass through untouched so that themes' and
 * tools' extensions survive. Legacy names still found in the wild are accepted and
 * normalised: `company` → `name`, `website` → `url`, `gpa` → `score`, `picture` → `image`.
 *
 * Messages are written for the person editing the file: each names what was expected and
 * what was found. The loader prefixes them with the JSON path (`work[1].startDate`).
 */
import { z } from 'zod';
import { dateSortKey, formatMonthYear, isPartialDate, parsePartialDate, type PartialDate } from './dates.js';

/** "the number 5", "a list", "nothing": how a wrong value is named in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  array: 'a list ([...])',
  object: 'an object ({...})',
  number: 'a number',
  boolean: 'true or false',
};

/**
 * Plain-language messages for zod's generic issues. Pass as `safeParse(data, { error })`;
 * messages set on a field itself take precedence.
 */
export const resumeErrorMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    return issue.input === undefined ? `missing: expected ${expected}` : `expected ${expected}, found ${describeValue(issue.input)}`;
  }
  return undefined;
};

/** Parses a JSON Resume date for real: month 1-12, day valid for its month. */
function toDate(value: string, ctx: z.RefinementCtx): PartialDate {
  const parsed = parsePartialDate(value);
  if (isPartialDate(parsed)) return parsed;
  ctx.addIssue({ code: 'custom', message: parsed.error, input: value });
  return z.NEVER;
}

const dateText = (what: string) =>
  z.string({
    error: (issue) =>
      issue.input === undefined ? undefined : `expected ${what} as text such as "2021" or "2021-05", found ${describeValue(issue.input)}`,
  });

/** A start (or single) date; "" means not given. */
const startDate = dateText('a date')
  .optional()
  .transform((value, ctx): PartialDate | undefined => (value === undefined || value.trim() === '' ? undefined : toDate(value, ctx)));

const ONGOING = /^\s*(present)?\s*$/i;

/** An end date: missing, null, "" or "present" (any case) means the entry is ongoing (null). */
const endDate = dateText('a date, "present" or nothing')
  .nullable()
  .optional()
  .transform((value, ctx): PartialDate | null => (value == null || ONGOING.test(value) ? null : toDate(value, ctx)));

/** Projects keep `undefined` for "ongoing" (their exported type has always said so). */
const projectEndDate = endDate.transform((value): PartialDate | undefined => value ?? undefined);

/** Text fields: trimmed; an empty string means "not given". */
const text = z
  .string()
  .transform((value) => value.trim())
  .optional()
  .transform((value) => (value ? value : undefined));

/** Text that people often write as a bare number (a GPA, a postal code). */
const textOrNumber = z
  .union([z.string(), z.number()], { error: (issue) => `expected text or a number, found ${describeValue(issue.input)}` })
  .optional()
  .transform((value) => (value === undefined ? undefined : String(value).trim() || undefined));

/** `https:`, `mailto:`… but not `www.example.com:8080` or `localhost:3000` (a host and port). */
const hasScheme = (value: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[^:/?#]+:\d/.test(value);

/**
 * URLs as people write them: a missing scheme is tolerated and https is assumed
 * (`github.com/x`, `www.x.com:8080/a`, `//x.com`). Only web addresses are accepted: a
 * `javascript:` or `file:` link must never reach a chat message.
 */
const url = z
  .string()
  .transform((value) => value.trim())
  .optional()
  .transform((value, ctx): string | undefined => {
    if (!value) return undefined;
    const withScheme = hasScheme(value) ? value : `https://${value.replace(/^\/+/, '')}`;
    let parsed: URL;
    try {
      parsed = new URL(withScheme);
    } catch {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a web address`, input: value });
      return z.NEVER;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      ctx.addIssue({
        code: 'custom',
        message: `${JSON.stringify(value)} is not a web address: only http and https links are allowed`,
        input: value,
      });
      return z.NEVER;
    }
    return withScheme;
  });

const email = z
  .string()
  .transform((value) => value.trim())
  .optional()
  .transform((value, ctx): string | undefined => {
    if (!value) return undefined;
    if (z.email().safeParse(value).success) return value;
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not an email address`, input: value });
    return z.NEVER;
  });

const stringList = z
  .array(z.string())
  .optional()
  .transform((list) => (list ?? []).map((s) => s.trim()).filter(Boolean));

/** Renames a legacy key to its 1.x name unless the 1.x name is already present. */
function renameLegacy(legacy: Record<string, string>) {
  return (input: unknown): unknown => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
    const out: Record<string, unknown> = { ...input };
    for (const [oldKey, newKey] of Object.entries(legacy)) {
      if (oldKey in out && !(newKey in out)) {
        out[newKey] = out[oldKey];
        delete out[oldKey];
      }
    }
    return out;
  };
}

/** Flags an entry whose end date comes before its start date, at the end date's path. */
function checkOrder(entry: { startDate?: PartialDate; endDate?: PartialDate | null }, ctx: z.RefinementCtx): void {
  const { startDate: start, endDate: end } = entry;
  if (!start || !end) return;
  if (dateSortKey(end, 'end') < dateSortKey(start, 'start')) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: `ends (${formatMonthYear(end)}) before it starts (${formatMonthYear(start)}): check startDate and endDate`,
      input: end,
    });
  }
}

const location = z.looseObject({
  address: text,
  postalCode: textOrNumber,
  city: text,
  countryCode: text,
  region: text,
});

const profile = z.looseObject({
  network: text,
  username: text,
  url,
});

const basics = z.preprocess(
  renameLegacy({ website: 'url', picture: 'image' }),
  z.looseObject(
    {
      name: z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? "missing: every résumé needs the person's name"
              : `expected the person's name as text, found ${describeValue(issue.input)}`,
        })
        .trim()
        .min(1, "is empty: every résumé needs the person's name"),
      label: text,
      image: url,
      email,
      phone: text,
      url,
      summary: text,
      location: location.optional(),
      profiles: z
        .array(profile)
        .optional()
        .transform((v) => v ?? []),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? 'missing: a résumé needs a "basics" object with at least the person\'s "name"'
          : `expected an object ({"name": ...}), found ${describeValue(issue.input)}`,
    },
  ),
);

const work = z.preprocess(
  renameLegacy({ company: 'name', website: 'url' }),
  z
    .looseObject({
      name: text,
      location: text,
      description: text,
      position: text,
      url,
      startDate,
      endDate,
      summary: text,
      highlights: stringList,
    })
    .superRefine(checkOrder),
);

const volunteer = z.preprocess(
  renameLegacy({ website: 'url' }),
  z
    .looseObject({
      organization: text,
      position: text,
      url,
      startDate,
      endDate,
      summary: text,
      highlights: stringList,
    })
    .superRefine(checkOrder),
);

const education = z.preprocess(
  renameLegacy({ gpa: 'score', website: 'url' }),
  z
    .looseObject({
      institution: text,
      url,
      area: text,
      studyType: text,
      startDate,
      endDate,
      score: textOrNumber,
      courses: stringList,
    })
    .superRefine(checkOrder),
);

const award = z.looseObject({ title: text, date: startDate, awarder: text, summary: text });
const certificate = z.preprocess(renameLegacy({ website: 'url' }), z.looseObject({ name: text, date: startDate, url, issuer: text }));
const publication = z.preprocess(
  renameLegacy({ website: 'url' }),
  z.looseObject({ name: text, publisher: text, releaseDate: startDate, url, summary: text }),
);
const skill = z.looseObject({ name: text, level: text, keywords: stringList });
const language = z.looseObject({ language: text, fluency: text });
const interest = z.looseObject({ name: text, keywords: stringList });
const reference = z.looseObject({ name: text, reference: text });
const project = z.preprocess(
  renameLegacy({ website: 'url' }),
  z
    .looseObject({
      name: text,
      description: text,
      highlights: stringList,
      keywords: stringList,
      startDate,
      endDate: projectEndDate,
      url,
      roles: stringList,
      entity: text,
      type: text,
    })
    .superRefine(checkOrder),
);
/**
 * JSON Resume's meta is open (additionalProperties); a directory reads two keys of its own from it:
 * `chat`, the owner's chat accounts by platform name (`{ "slack": "U0123", "discord": ["1234"] }`),
 * and `privateFields`, résumé paths this person keeps private on top of PRIVATE_FIELDS.
 */
const chatIds = z.union([z.string().trim().min(1), z.array(z.string().trim().min(1))]).transform((v) => (typeof v === 'string' ? [v] : v));
const meta = z.looseObject({
  canonical: url,
  version: text,
  lastModified: text,
  chat: z.record(z.string(), chatIds).optional(),
  privateFields: z.array(z.string().trim().min(1)).optional(),
});

const section = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .optional()
    .transform((v) => v ?? []);

export const resumeSchema = z.looseObject(
  {
    $schema: z.string().optional(),
    basics,
    work: section(work),
    volunteer: section(volunteer),
    education: section(education),
    awards: section(award),
    certificates: section(certificate),
    publications: section(publication),
    skills: section(skill),
    languages: section(language),
    interests: section(interest),
    references: section(reference),
    projects: section(project),
    meta: meta.optional(),
  },
  { error: (issue) => `expected the résumé to be a JSON object ({"basics": ...}), found ${describeValue(issue.input)}` },
);

export type Resume = z.infer<typeof resumeSchema>;
export type WorkEntry = Resume['work'][number];
export type EducationEntry = Resume['education'][number];
export type ProjectEntry = Resume['projects'][number];
