/**
 * A kind of skill asked for as a whole ("what databases does she know?", "/skills frameworks"): the skills of hers
 * the taxonomy says are of that kind (PostgreSQL, React), when no skill or group is called by those words. The kinds
 * and the words asking for them are data (data/taxonomy/skills.json, `kinds`).
 */
import type { Messages } from '../src/i18n/catalogue.js';
import { makeAnswer, type Answer } from '../src/model/answer.js';
import type { ResumeIndex } from '../src/query/index.js';
import { isOfKind, kindAsked } from '../src/query/technologies.js';
import type { Resume } from '../src/resume/schema.js';

/** One skill of a kind: its keyword, its group's name, and its entry's id. */
export interface SkillOfKind {
  readonly keyword: string;
  readonly group: string | undefined;
  readonly id: string;
}

/** Each résumé's skills of each kind, read once: a directory asks a thousand of them, and again on the next question. */
const read = new WeakMap<Resume, Map<string, readonly SkillOfKind[]>>();

/** The résumé's skills of a kind, in the order it lists them. */
export function skillsOf(resume: Resume, kind: string): readonly SkillOfKind[] {
  let kinds = read.get(resume);
  if (!kinds) read.set(resume, (kinds = new Map()));
  let found = kinds.get(kind);
  if (!found) {
    const of: SkillOfKind[] = [];
    resume.skills.forEach((group, g) => {
      for (let k = 0; k < group.keywords.length; k++)
        // A skill named by the kind's own words ("Observability", "Databases") is of it too.
        if (isOfKind(group.keywords[k]!, kind) || kindAsked(group.keywords[k]!) === kind)
          of.push({ keyword: group.keywords[k]!, group: group.name, id: `skills-${g}-${k}` });
    });
    kinds.set(kind, (found = of));
  }
  return found;
}

/** The person's skills of the kind the query asks for, as a list; null when it asks for none, or she lists none. */
export function skillsOfKind(index: ResumeIndex, query: string, messages: Messages): Answer | null {
  const kind = kindAsked(query);
  if (!kind) return null;
  const { resume } = index;
  const found = skillsOf(resume, kind);
  if (!found.length) return null;
  const label = messages.t(`skills.kind.${kind}`);
  return makeAnswer({
    kind: 'result',
    title: messages.t('skills.ofKind', { kind: label, name: resume.basics.name }),
    sections: [{ heading: label, bullets: found.map(({ keyword, group }) => (group ? `${keyword} — ${group}` : keyword)) }],
    matches: found.map(({ keyword, id }) => ({ section: 'skills' as const, id, title: keyword, score: 1 })),
  });
}
