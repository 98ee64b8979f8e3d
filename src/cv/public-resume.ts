/**
 * The résumé as a public document may show it: every PRIVATE_FIELDS path removed, and the
 * private values scrubbed from every other string too (a phone number repeated in the
 * summary), as publicView does for answers. A downloaded CV is public by nature: it is
 * always built from this, whoever asked.
 */
import { valuesAt } from '../core/privacy.js';
import type { Resume } from '../resume/schema.js';

/** Path parts as valuesAt reads them: `work[0].name` → ['work', '0', 'name']. */
function parts(path: string): string[] {
  return path.split(/\.|\[(\d+)\]/).filter((p): p is string => p !== undefined && p !== '');
}

function remove(root: unknown, path: readonly string[]): void {
  if (path.length === 0 || root === null || typeof root !== 'object') return;
  const [head, ...rest] = path;
  const node = root as Record<string, unknown>;
  if (rest.length) {
    remove(node[head!], rest);
    return;
  }
  if (Array.isArray(root)) root.splice(Number(head), 1);
  // A whole list (`references`, `basics.profiles`) becomes an empty one, as the schema gives a missing list.
  else if (Array.isArray(node[head!])) node[head!] = [];
  else delete node[head!];
}

/** Removes the secrets from every string under `node`, in place. */
function scrubStrings(node: unknown, secrets: readonly string[]): void {
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (typeof value === 'string') record[key] = secrets.reduce((text, secret) => text.split(secret).join(''), value).replace(/[ \t]{2,}/g, ' ');
    else scrubStrings(value, secrets);
  }
}

export function publicResume(resume: Resume, privateFields: readonly string[]): Resume {
  if (privateFields.length === 0) return resume;
  const secrets = [...new Set(privateFields.flatMap((path) => valuesAt(resume, path)))].sort((a, b) => b.length - a.length);
  const copy = structuredClone(resume);
  // Deepest array positions first, so removing one entry does not shift the next path's index.
  for (const path of [...privateFields].sort().reverse()) remove(copy, parts(path));
  scrubStrings(copy, secrets);
  return copy;
}
