/**
 * Fields the résumé owner keeps private (e.g. `basics.phone`) appear only in private
 * answers (ephemeral, DM, console). The pipeline passes every answer for a public audience
 * (a channel) through `publicView`, never an adapter: fields from a private path are dropped,
 * and the private values themselves are scrubbed from every other string, so a phone
 * number pasted into a summary can't leak either.
 */
import type { Answer } from '../model/answer.js';

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

function isUnder(path: string | undefined, privatePaths: readonly string[]): boolean {
  return path !== undefined && privatePaths.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
}

/**
 * `resume` is required: without it only the answer's own private fields are dropped, and a
 * private value repeated in other text (a phone number in the summary) would go public.
 */
export function publicView(answer: Answer, privateFields: readonly string[], resume: unknown): Answer {
  if (privateFields.length === 0) return answer;
  const secrets = new Set<string>();
  for (const field of answer.fields) if (isUnder(field.sourcePath, privateFields)) secrets.add(field.value);
  for (const path of privateFields) for (const value of valuesAt(resume, path)) secrets.add(value);
  const hidden = [...secrets].filter(Boolean).sort((a, b) => b.length - a.length);
  const scrub = (text: string) => hidden.reduce((acc, value) => acc.split(value).join('(private)'), text);
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
