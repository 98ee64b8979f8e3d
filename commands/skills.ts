import type { Messages } from '../src/i18n/catalogue.js';
import { entryId, entryNumber, makeAnswer, type Answer, type Match } from '../src/model/answer.js';
import type { SearchDocument } from '../src/query/documents.js';
import { type Evidence, findEvidence, literalEvidence, relatedTerms, type FoundIn } from '../src/query/evidence.js';
import type { ResumeIndex } from '../src/query/index.js';
import type { Hit } from '../src/query/search.js';
import type { Command, CommandSection } from './definition.js';
import { type MissContext, missingSection, notFound, quoted, roundScore } from './format.js';
import { workLine, workMatch, workTitle } from './experience.js';
import { projectMatch } from './projects.js';
import { skillsOfKind } from './skill-kinds.js';

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
function shown(index: ResumeIndex, found: readonly FoundIn[], now: Date, messages: Messages): { bullets: string[]; matches: Match[] } {
  const bullets: string[] = [];
  const matches: Match[] = [];
  for (const { section, hit } of found) {
    const i = hit.doc.index;
    if (section === 'work') {
      const entry = index.resume.work[i]!;
      bullets.push(messages.t('skills.role', { line: workLine(entry, now, messages) }));
      matches.push(workMatch(entry, i));
    } else if (section === 'projects') {
      const project = index.resume.projects[i]!;
      const name =
        project.name && project.entity
          ? messages.t('skills.projectAt', { project: project.name, company: project.entity })
          : (project.name ?? project.entity ?? '');
      bullets.push(messages.t('skills.project', { name }));
      matches.push(projectMatch(project, i));
    }
  }
  return { bullets, matches };
}

/** A listed skill's evidence, found once per index: it depends on the résumé and its aliases alone, not on the question. */
const evidenceFor = new WeakMap<SearchDocument, { index: ResumeIndex; evidence: Evidence }>();

const EVIDENCE_SECTIONS = ['work', 'projects'] as const;

/** `literalOnly`: only the entries that say it are read (CommandContext.matchesOnly), so related terms are not looked for. */
function evidenceOf(index: ResumeIndex, skill: SearchDocument, literalOnly = false): Evidence {
  const known = evidenceFor.get(skill);
  if (known?.index === index) return known.evidence;
  if (literalOnly) return { literal: literalEvidence(index, skill.title, EVIDENCE_SECTIONS), related: [] };
  const evidence = findEvidence(index, skill.title, EVIDENCE_SECTIONS);
  evidenceFor.set(skill, { index, evidence });
  return evidence;
}

function oneSkill(index: ResumeIndex, hit: Hit, now: Date, messages: Messages, matchesOnly = false): Answer {
  const group = index.resume.skills[hit.doc.index]!;
  const t = messages.t.bind(messages);
  if (hit.doc.keywordIndex === -1) {
    return makeAnswer({
      kind: 'result',
      title: group.name ?? t('skills.heading'),
      subtitle: group.level,
      sections: [{ heading: t('skills.heading'), bullets: group.keywords }],
      matches: [skillMatch(hit)],
    });
  }
  const skill = hit.doc.title;
  // Where it shows up: only what says it; a related term's entries are said to be related.
  const found = evidenceOf(index, hit.doc, matchesOnly);
  const literal = shown(index, found.literal, now, messages);
  const related = shown(index, found.related, now, messages);
  return makeAnswer({
    kind: 'result',
    title: skill,
    subtitle: group.name,
    fields: [
      ...(group.name ? [{ label: t('skills.group'), value: group.name, inline: true }] : []),
      ...(group.level ? [{ label: t('skills.level'), value: group.level, inline: true }] : []),
    ],
    sections: [
      {
        heading: t('skills.where'),
        bullets: literal.bullets.length ? literal.bullets : [t('skills.listedOnly')],
      },
      ...(related.bullets.length
        ? [{ heading: t('skills.related', { terms: relatedTerms(found.related), skill }), bullets: related.bullets }]
        : []),
    ],
    matches: [skillMatch(hit), ...literal.matches],
  });
}

/**
 * "Which skills did he use there?": the listed skills whose name the role's own text says
 * (the same literal evidence as "where it shows up"), in the order the résumé lists them.
 */
function usedIn(context: MissContext, id: string | undefined, name: string): Answer {
  const { index, messages } = context;
  const at = entryNumber('work', id) ?? index.searchNames('work', name)[0]?.doc.index;
  const role = at === undefined ? undefined : index.resume.work[at];
  if (at === undefined || !role) return notFound(context, 'work', name);
  const place = workTitle(role, messages);
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
      title: messages.t('skills.noneIn.title', { place }),
      body: messages.t('skills.noneIn.body', { owner: index.resume.basics.name, place }),
      suggestions: [`/experience ${role.name ?? name}`],
    });
  return makeAnswer({
    kind: 'result',
    title: messages.t('skills.namedIn', { place }),
    sections: [{ heading: messages.t('skills.heading'), bullets: used.map((doc) => doc.title) }],
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
    practices: true,
    degrees: true,
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
      'great at',
      'best at',
      'strong at',
      'strongest at',
      'excels at',
      'good with',
      'great with',
      'skilled in',
      'skilled at',
      'experienced with',
      'experience with',
      // "Exposure to terraform": having used it (never someone's name).
      'exposure',
      'tech stack',
      'technologies',
      'technology',
      'tools he uses',
      'tools he used',
      'tools does he use',
      'tools did he use',
      'tools has he used',
      'tools does he know',
      'software does he use',
      'software he uses',
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
      // Code is written in a language: "what is batchctl written in?" asks what it is made with, not for a paper.
      'written in',
      'implemented in',
    ],
    // "Has she used AWS?": using something is knowing it, when the question asks for nothing else.
    weakCues: ['has he used', 'have they used', 'did he use', 'does he use', 'do they use'],
  },
  modifiers: ['within'],
  completions: (resume) => [...resume.skills.flatMap((g) => g.keywords), ...resume.skills.map((g) => g.name ?? '')],
  execute(query, context) {
    const { index, now, messages } = context;
    const { resume } = index;
    const q = query.text.trim();
    const t = messages.t.bind(messages);
    if (!resume.skills.length) return missingSection(index, t('section.skills', { count: 2 }), messages);
    if (query.modifier?.kind === 'within') return usedIn(context, query.modifier.entry, query.modifier.name);
    if (!q) {
      return makeAnswer({
        kind: 'list',
        title: t('skills.heading'),
        subtitle: resume.basics.name,
        sections: resume.skills.map((group, g) => ({
          heading: group.name ?? t('skills.heading'),
          bullets: [group.keywords.join(' · ')],
          entry: entryId('skills', g),
        })),
        matches: resume.skills.map((group, g) => ({ section: 'skills' as const, id: `skills-${g}`, title: group.name ?? 'Skills' })),
      });
    }
    const hits = index.find('skills', q);
    // "Databases", "frameworks": no skill is called so, but some may be of that kind.
    if (!hits.length) return skillsOfKind(index, q, messages) ?? notFound(context, 'skills', q);
    if (hits.length === 1) return oneSkill(index, hits[0]!, now, messages, context.matchesOnly);
    return makeAnswer({
      kind: 'result',
      title: t('skills.match', { count: hits.length, query: quoted(q) }),
      sections: [
        {
          heading: t('skills.heading'),
          bullets: hits.map((hit) => {
            const group = resume.skills[hit.doc.index]!;
            return hit.doc.keywordIndex === -1
              ? t('skills.groupMark', { name: hit.doc.title })
              : `${hit.doc.title}${group.name ? ` — ${group.name}` : ''}`;
          }),
        },
      ],
      matches: hits.map(skillMatch),
    });
  },
};
