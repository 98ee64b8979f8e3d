import { makeAnswer, type Answer, type Match } from '../src/model/answer.js';
import type { SearchDocument } from '../src/query/documents.js';
import { findEvidence, relatedTerms, type FoundIn } from '../src/query/evidence.js';
import type { ResumeIndex } from '../src/query/index.js';
import type { Hit } from '../src/query/search.js';
import type { Command, CommandSection } from './definition.js';
import { entryNumber, missingSection, notFound, quoted, roundScore } from './format.js';
import { workLine, workMatch, workTitle } from './experience.js';
import { projectMatch } from './projects.js';

function skillMatch(hit: Hit): Match {
  return { section: 'skills', id: hit.doc.id, title: hit.doc.title, score: roundScore(hit.score) };
}

const section: CommandSection = {
  section: 'skills',
  noun: 'skill',
  plural: 'skills',
  present: (resume) => resume.skills.length > 0,
  // One document per group (found by its name) and one per keyword (the skill itself).
  documents: (resume) =>
    resume.skills.flatMap((group, g): SearchDocument[] => [
      ...(group.name
        ? [
            {
              section: 'skills' as const,
              id: `skills-${g}`,
              title: group.name,
              identity: [group.name],
              facets: group.level ? [group.level] : [],
              content: [],
              index: g,
              keywordIndex: -1,
            },
          ]
        : []),
      ...group.keywords.map((keyword, k) => ({
        section: 'skills' as const,
        id: `skills-${g}-${k}`,
        title: keyword,
        identity: [keyword],
        facets: [],
        content: [],
        index: g,
        keywordIndex: k,
      })),
    ]),
};

/** One role or project a skill's evidence names, as a bullet and as a match. */
function shown(index: ResumeIndex, found: readonly FoundIn[], now: Date): { bullets: string[]; matches: Match[] } {
  const bullets: string[] = [];
  const matches: Match[] = [];
  for (const { section, hit } of found) {
    const i = hit.doc.index;
    if (section === 'work') {
      const entry = index.resume.work[i]!;
      bullets.push(`Role: ${workLine(entry, now)}`);
      matches.push(workMatch(entry, i));
    } else if (section === 'projects') {
      const project = index.resume.projects[i]!;
      bullets.push(`Project: ${[project.name, project.entity].filter(Boolean).join(' at ')}`);
      matches.push(projectMatch(project, i));
    }
  }
  return { bullets, matches };
}

function oneSkill(index: ResumeIndex, hit: Hit, now: Date): Answer {
  const group = index.resume.skills[hit.doc.index]!;
  if (hit.doc.keywordIndex === -1) {
    return makeAnswer({
      kind: 'result',
      title: group.name ?? 'Skills',
      subtitle: group.level,
      sections: [{ heading: 'Skills', bullets: group.keywords }],
      matches: [skillMatch(hit)],
    });
  }
  const skill = hit.doc.title;
  // Where it shows up: only what says it; a related term's entries are said to be related.
  const found = findEvidence(index, skill, ['work', 'projects']);
  const literal = shown(index, found.literal, now);
  const related = shown(index, found.related, now);
  return makeAnswer({
    kind: 'result',
    title: skill,
    subtitle: group.name,
    fields: [
      ...(group.name ? [{ label: 'Group', value: group.name, inline: true }] : []),
      ...(group.level ? [{ label: 'Level', value: group.level, inline: true }] : []),
    ],
    sections: [
      {
        heading: 'Where it shows up',
        bullets: literal.bullets.length ? literal.bullets : ['Listed as a skill; no role or project description mentions it by name.'],
      },
      ...(related.bullets.length
        ? [{ heading: `Related: these mention ${relatedTerms(found.related)}, not ${skill}`, bullets: related.bullets }]
        : []),
    ],
    matches: [skillMatch(hit), ...literal.matches],
  });
}

/**
 * "Which skills did he use there?": the listed skills whose name the role's own text says
 * (the same literal evidence as "where it shows up"), in the order the résumé lists them.
 */
function usedIn(index: ResumeIndex, id: string | undefined, name: string): Answer {
  const at = entryNumber('work', id) ?? index.searchNames('work', name)[0]?.doc.index;
  const role = at === undefined ? undefined : index.resume.work[at];
  if (at === undefined || !role) return notFound(index, 'work', name);
  const place = workTitle(role);
  const used = index.documents.filter(
    (doc) =>
      doc.section === 'skills' &&
      doc.keywordIndex !== undefined &&
      doc.keywordIndex >= 0 &&
      findEvidence(index, doc.title, ['work']).literal.some(({ hit }) => hit.doc.index === at),
  );
  if (!used.length)
    return makeAnswer({
      kind: 'empty',
      title: `No listed skill named in ${place}`,
      body: `None of the skills ${index.resume.basics.name}'s résumé lists is named in the text of ${place}.`,
      suggestions: [`/experience ${role.name ?? name}`],
    });
  return makeAnswer({
    kind: 'result',
    title: `Skills named in ${place}`,
    sections: [{ heading: 'Skills', bullets: used.map((doc) => doc.title) }],
    matches: used.map((doc) => ({ section: 'skills' as const, id: doc.id, title: doc.title })),
  });
}

export const skills: Command = {
  data: {
    name: 'skills',
    description: 'Skills, their group, and the roles and projects where they show up',
    usageHint: '[skill, e.g. kubernetes]',
    option: { name: 'query', description: 'A skill or technology, e.g. kubernetes (empty: every skill)', autocomplete: true },
    examples: ['skills', 'skills kubernetes', 'skills k8s', 'skills leadership'],
    slash: true,
  },
  section,
  routing: {
    priority: 30,
    cues: [
      'skill',
      'skills',
      'know',
      'knows',
      'knowledge',
      'familiar',
      'proficient',
      'expert',
      'expertise',
      'good at',
      'experienced with',
      'experience with',
      'tech stack',
      'technologies',
      'technology',
      'tools he uses',
      'competencies',
      'strengths',
      'can he',
    ],
    // Programming, not speaking: these outrank the languages section's "languages".
    strongCues: [
      'programming language',
      'programming languages',
      'coding language',
      'coding languages',
      'program in',
      'programs in',
      'code in',
      'codes in',
      'coding in',
      'programming in',
      'develop in',
      'write code in',
    ],
  },
  modifiers: ['within'],
  completions: (resume) => [...resume.skills.flatMap((g) => g.keywords), ...resume.skills.map((g) => g.name ?? '')],
  execute(query, { index, now }) {
    const { resume } = index;
    const q = query.text.trim();
    if (!resume.skills.length) return missingSection(index, section.plural);
    if (query.modifier?.kind === 'within') return usedIn(index, query.modifier.entry, query.modifier.name);
    if (!q) {
      return makeAnswer({
        kind: 'list',
        title: 'Skills',
        subtitle: resume.basics.name,
        sections: resume.skills.map((group) => ({ heading: group.name ?? 'Skills', bullets: [group.keywords.join(' · ')] })),
        matches: resume.skills.map((group, g) => ({ section: 'skills' as const, id: `skills-${g}`, title: group.name ?? 'Skills' })),
      });
    }
    const hits = index.find('skills', q);
    if (!hits.length) return notFound(index, 'skills', q);
    if (hits.length === 1) return oneSkill(index, hits[0]!, now);
    return makeAnswer({
      kind: 'result',
      title: `${hits.length} skills match ${quoted(q)}`,
      sections: [
        {
          heading: 'Skills',
          bullets: hits.map((hit) => {
            const group = resume.skills[hit.doc.index]!;
            return hit.doc.keywordIndex === -1 ? `${hit.doc.title} (group)` : `${hit.doc.title}${group.name ? ` — ${group.name}` : ''}`;
          }),
        },
      ],
      matches: hits.map(skillMatch),
    });
  },
};
