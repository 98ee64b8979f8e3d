/**
 * The résumé as anyone may see it: for surfaces that are public by nature (the web page, its
 * API, pictures) where there is no private answer to fall back on. Every path listed in
 * PRIVATE_FIELDS is removed, and each private value is scrubbed from every other string too
 * (a phone number pasted into a summary), exactly as publicView does for a shared answer.
 */
import type { Resume } from '../resume/schema.js';
import { valuesAt } from './privacy.js';

/** `work[0].name` → ['work', 0, 'name']. */
function steps(path: string): Array<string | number> {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function remove(root: unknown, path: string): void {
  const parts = steps(path);
  let node: unknown = root;
  for (const part of parts.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string | number, unknown>)[part];
  }
  const last = parts.at(-1);
  if (last === undefined || node === null || typeof node !== 'object') return;
  // A whole entry made private is marked, then dropped once every path is removed (so later indexes still mean what they said).
  if (Array.isArray(node) && typeof last === 'number') node[last] = undefined;
  // A private list (profiles, highlights) becomes empty rather than missing: the schema always gives lists.
  else if (Array.isArray((node as Record<string | number, unknown>)[last])) (node as Record<string | number, unknown>)[last] = [];
  else delete (node as Record<string | number, unknown>)[last];
}

function mapStrings(node: unknown, scrub: (text: string) => string): unknown {
  if (typeof node === 'string') return scrub(node);
  if (Array.isArray(node)) return node.map((item) => mapStrings(item, scrub));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, mapStrings(v, scrub)]));
  return node;
}

function dropHoles(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((item) => item !== undefined).map(dropHoles);
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, dropHoles(v)]));
  return node;
}

export function publicResume(resume: Resume, privateFields: readonly string[]): Resume {
  if (privateFields.length === 0) return resume;
  const secrets = [...new Set(privateFields.flatMap((path) => valuesAt(resume, path)))].sort((a, b) => b.length - a.length);
  const scrub = (text: string) => secrets.reduce((acc, value) => acc.split(value).join('(private)'), text);
  const copy = structuredClone(resume);
  for (const path of privateFields) remove(copy, path);
  // Same shape as the input (only strings changed, private keys and entries gone), so still a Resume.
  const cleaned = dropHoles(mapStrings(copy, scrub)) as Resume;
  // A private name still needs something to be called by.
  if (!cleaned.basics.name) cleaned.basics = { ...cleaned.basics, name: 'Résumé' };
  return cleaned;
}
