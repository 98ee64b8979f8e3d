/**
 * Fields the résumé owner keeps private (e.g. `basics.phone`) appear only in private
 * answers (ephemeral, DM, console). The pipeline passes every answer for a public audience
 * (a channel) through `publicView`, never an adapter: fields from a private path are dropped,
 * and the private values themselves are scrubbed from every other string, so a phone
 * number pasted into a summary can't leak either.
 */
import type { Answer } from '../model/answer.js';
import { isUnder } from '../resume/paths.js';

/** Resolves `basics.phone` or `work[0].name` in any JSON value; collects every string under it. */
export function valuesAt(root: unknown, path: string): string[] {
  let current: unknown[] = [root];
  for (const part of path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')) {
    current = current.flatMap((node) => {
      if (node === null || typeof node !== 'object') return [];
      const value = (node as Record<string, unknown>)[part];
      return value === undefined ? [] : [value];
    });
  }
  const out: string[] = [];
  const collect = (node: unknown) => {
    if (typeof node === 'string') out.push(node);
    else if (typeof node === 'number') out.push(String(node));
    else if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object') Object.values(node).forEach(collect);
  };
  current.forEach(collect);
  return out.filter((v) => v.trim().length >= 3);
}

/** What the private fields hold in a résumé, each path's values in order, and all of them deduplicated, longest first. */
interface PrivateValues {
  readonly all: readonly string[];
  readonly hidden: readonly string[];
}

/** Distinct non-empty values, longest first (ties keep their order): scrubbed in this order, a longer value before any part of it. */
const longestFirst = (values: Iterable<string>): string[] => [...new Set(values)].filter(Boolean).sort((a, b) => b.length - a.length);

/**
 * Read once per résumé version (a reload brings a new résumé object) and list of private fields: every public answer
 * is scrubbed of the same values, and walking the résumé for them cost a public answer about as much as answering it.
 */
const byResume = new WeakMap<object, Map<string, PrivateValues>>();

function privateValues(resume: unknown, privateFields: readonly string[]): PrivateValues {
  const read = (): PrivateValues => {
    const all = privateFields.flatMap((path) => valuesAt(resume, path));
    return { all, hidden: longestFirst(all) };
  };
  if (typeof resume !== 'object' || resume === null) return read();
  let known = byResume.get(resume);
  if (!known) byResume.set(resume, (known = new Map()));
  const key = privateFields.join('\n');
  let values = known.get(key);
  if (!values) known.set(key, (values = read()));
  return values;
}

/**
 * `resume` is required: without it only the answer's own private fields are dropped, and a
 * private value repeated in other text (a phone number in the summary) would go public.
 */
export function publicView(answer: Answer, privateFields: readonly string[], resume: unknown): Answer {
  if (privateFields.length === 0) return answer;
  const own = answer.fields.filter((field) => isUnder(field.sourcePath, privateFields)).map((field) => field.value);
  const values = privateValues(resume, privateFields);
  // The answer's own private values first, as the résumé's may repeat them.
  const hidden = own.length ? longestFirst([...own, ...values.all]) : values.hidden;
  // Most text holds none of them: it is copied only where one is found.
  const scrub = (text: string) => hidden.reduce((acc, value) => (acc.includes(value) ? acc.split(value).join('(private)') : acc), text);
  const scrubOptional = (text: string | undefined) => (text === undefined ? undefined : scrub(text));
  return {
    ...answer,
    title: scrub(answer.title),
    subtitle: scrubOptional(answer.subtitle),
    body: scrubOptional(answer.body),
    footer: scrubOptional(answer.footer),
    fields: answer.fields
      .filter((f) => !isUnder(f.sourcePath, privateFields))
      .map((f) => ({ ...f, label: scrub(f.label), value: scrub(f.value) })),
    sections: answer.sections.map((s) => ({ heading: scrub(s.heading), bullets: s.bullets.map(scrub) })),
    links: answer.links.filter((l) => !hidden.some((v) => l.url.includes(v))).map((l) => ({ ...l, label: scrub(l.label) })),
    suggestions: answer.suggestions.map(scrub),
    matches: answer.matches.map((m) => ({ ...m, title: scrub(m.title) })),
    ...(answer.attachments ? { attachments: answer.attachments.map((a) => ({ ...a, label: scrub(a.label) })) } : {}),
  };
}
