/**
 * "Who has a GitHub?", "who is on LinkedIn?", "anyone with a Mastodon account?": whoever lists a profile on that
 * network (basics.profiles), each with it. A person who keeps their profiles private (meta.privateFields) is not
 * listed by them.
 */
import { compact, words } from '../src/query/normalize.js';
import { isUnder } from '../src/resume/paths.js';
import type { Resume } from '../src/resume/schema.js';
import { NETWORKS } from './contact.js';
import type { PersonContext } from './definition.js';
import type { Plan } from './people-candidates.js';
import { placesWhere } from './people-places.js';

/** Words before a network that ask for an account there ("has a", "is on", "uses"), and nouns after it. */
const LEAD = /^(?:(?:has|have|had|having|got|with|is on|are on|on|is active on|active on|uses|use|using)\s+)?(?:an?\s+)?/;
const ACCOUNT = /\s+(?:accounts?|profiles?|handles?|pages?|usernames?)$/;

const KNOWN = new Set(NETWORKS.map(compact));

/** The network a question across people asks an account on, folded ("github"); undefined when it asks none. */
export function networkAsked(text: string, all: readonly PersonContext[]): string | undefined {
  const said = words(text).join(' ');
  const lead = LEAD.exec(said)![0];
  const rest = said.slice(lead.length);
  const name = rest.replace(ACCOUNT, '');
  const asked = compact(name);
  if (!asked) return undefined;
  if (KNOWN.has(asked)) return asked;
  // A network only someone here lists ("Xing") is asked for an account only in so many words: "/people behance"-like
  // names of other things are searched as they are.
  if (!lead || name === rest) return undefined;
  return all.some((person) => person.resume.basics.profiles.some((p) => compact(p.network ?? '') === asked)) ? asked : undefined;
}

/** Whether the person keeps a profile private (their meta.privateFields names it, its list or all of basics). */
const keptPrivate = (resume: Resume, at: number): boolean => isUnder(`basics.profiles[${at}]`, resume.meta?.privateFields ?? []);

/** Whoever lists a profile on the network, with their name there: "GitHub · lvasquez". */
export function profilePlan(all: readonly PersonContext[], network: string): Plan {
  const profileOf = (person: PersonContext) => {
    const { profiles } = person.resume.basics;
    const at = profiles.findIndex((p) => compact(p.network ?? '') === network);
    return at >= 0 && !keptPrivate(person.resume, at) ? profiles[at]! : undefined;
  };
  return {
    candidates: placesWhere(all.length, (place) => profileOf(all[place]!) !== undefined),
    fitting: (person) => {
      const profile = profileOf(person);
      const shown = profile?.username || profile?.url;
      return profile ? { person, line: [profile.network, shown].filter(Boolean).join(' · '), score: 1 } : null;
    },
    asked: [],
    everyone: true,
  };
}
