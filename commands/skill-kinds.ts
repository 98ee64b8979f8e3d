/**
 * A kind of skill asked for as a whole ("what databases does she know?", "/skills frameworks"): the skills of hers
 * the taxonomy says are of that kind (PostgreSQL, React), when no skill or group is called by those words. The kinds
 * and the words asking for them are data (data/taxonomy/skills.json, `kinds`).
 */
import type { Messages } from '../src/i18n/catalogue.js';
import { makeAnswer, type Answer } from '../src/model/answer.js';
import type { ResumeIndex } from '../src/query/index.js';
import { isOfKind, kindAsked } from '../src/query/technologies.js';

/** The person's skills of the kind the query asks for, as a list; null when it asks for none, or she lists none. */
export function skillsOfKind(index: ResumeIndex, query: string, messages: Messages): Answer | null {
  const kind = kindAsked(query);
  if (!kind) return null;
  const { resume } = index;
  const found = resume.skills.flatMap((group, g) =>
    group.keywords.flatMap((keyword, k) => (isOfKind(keyword, kind) ? [{ keyword, group: group.name, id: `skills-${g}-${k}` }] : [])),
  );
  if (!found.length) return null;
  const label = messages.t(`skills.kind.${kind}`);
  return makeAnswer({
    kind: 'result',
    title: messages.t('skills.ofKind', { kind: label, name: resume.basics.name }),
    sections: [{ heading: label, bullets: found.map(({ keyword, group }) => (group ? `${keyword} — ${group}` : keyword)) }],
    matches: found.map(({ keyword, id }) => ({ section: 'skills' as const, id, title: keyword, score: 1 })),
  });
}
