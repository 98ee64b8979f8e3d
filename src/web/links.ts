/**
 * The page's addresses. An answer's permalink is /a/<command>/<query> (/a/experience/netflix),
 * so a link says what it answers and can be pasted anywhere; free text is kept under the
 * command the router chose.
 */
import type { AnswerRoute } from '../model/answer.js';

export const PERMALINK_PREFIX = '/a/';

export function permalink(route: AnswerRoute): string {
  const command = route.command ?? 'resume';
  const query = route.query.trim();
  return `${PERMALINK_PREFIX}${encodeURIComponent(command)}${query ? `/${encodeURIComponent(query)}` : ''}`;
}

/** The command and query a permalink path names; null when it is not one. */
export function parsePermalink(path: string): { command: string; query: string } | null {
  if (!path.startsWith(PERMALINK_PREFIX)) return null;
  const rest = path.slice(PERMALINK_PREFIX.length);
  const slash = rest.indexOf('/');
  try {
    const command = decodeURIComponent(slash === -1 ? rest : rest.slice(0, slash));
    const query = slash === -1 ? '' : decodeURIComponent(rest.slice(slash + 1));
    if (!/^[a-z0-9_-]{1,32}$/.test(command)) return null;
    return { command, query };
  } catch {
    // Malformed percent-encoding.
    return null;
  }
}

/** Where a suggestion ("/skills kubernetes", "what did he do at netflix?") leads. */
export function suggestionHref(suggestion: string): string {
  const slash = /^\/([a-z0-9_-]+)(?:\s+(.*))?$/i.exec(suggestion.trim());
  if (slash) return permalink({ command: slash[1]!.toLowerCase(), query: slash[2] ?? '' });
  return `/?q=${encodeURIComponent(suggestion)}`;
}

export { timelineImagePath } from '../render/timeline/image.js';

/** A person's page in a directory: /p/<id>, the id being their résumé file's name. */
export const personPath = (id: string): string => `/p/${encodeURIComponent(id)}`;

/** The id a person's page path names; null when it is not one. */
export function parsePersonPath(path: string): string | null {
  if (!path.startsWith('/p/')) return null;
  try {
    const id = decodeURIComponent(path.slice(3));
    return id && !id.includes('/') ? id : null;
  } catch {
    return null;
  }
}
