/**
 * The page's language for one visitor: the first language of their Accept-Language header (in
 * their order of preference, read by negotiator) that a catalogue speaks, else the bot's own
 * (LOCALE). A header that is missing, `*` or nonsense is no preference.
 */
import Negotiator from 'negotiator';
import type { IncomingHttpHeaders } from 'node:http';
import { catalogues } from '../i18n/catalogue.js';

export function visitorLanguage(headers: IncomingHttpHeaders, fallback: string): string {
  const header = headers['accept-language'];
  if (!header) return fallback;
  const wanted = new Negotiator({ headers: { 'accept-language': header } })
    .languages()
    .find((tag) => tag !== '*' && catalogues.supports(tag));
  return wanted ? catalogues.resolve(wanted) : fallback;
}
