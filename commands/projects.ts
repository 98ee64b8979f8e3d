import { makeAnswer } from '../src/core/answer.js';
import type { Command } from './definition.js';
import { notFound, projectAnswer, projectMatch, quoted } from './format.js';

export const projects: Command = {
  data: {
    name: 'projects',
    description: 'Projects and tools he built: by name, topic or company',
    usageHint: '[project or topic, e.g. flamescope]',
    option: { name: 'query', description: 'A project name or topic, e.g. flamescope (empty: every project)', autocomplete: true },
    examples: ['projects', 'projects flamescope', 'projects profiling', 'projects netflix'],
    slash: true,
  },
  execute(query, { index }) {
    const { resume } = index;
    const q = query.trim();
    if (!q) {
      if (!resume.projects.length) return makeAnswer({ kind: 'empty', title: 'No projects listed', body: 'This résumé lists no projects.' });
      return makeAnswer({
        kind: 'list',
        title: 'Projects',
        subtitle: `${resume.basics.name} · ${resume.projects.length} ${resume.projects.length === 1 ? 'project' : 'projects'}`,
        sections: [
          {
            heading: 'Projects',
            bullets: resume.projects.map((p) => [p.name, p.entity ? `(${p.entity})` : undefined, p.description ? `— ${p.description}` : undefined].filter(Boolean).join(' ')),
          },
        ],
        matches: resume.projects.map((p, i) => projectMatch(p, i)),
        suggestions: resume.projects.slice(0, 3).map((p) => `/projects ${p.name}`),
      });
    }
    const hits = index.search('projects', q);
    if (!hits.length) return notFound(index, 'projects', q);
    if (hits.length === 1) return projectAnswer(index, hits[0]!.doc.index, hits[0]!.score);
    return makeAnswer({
      kind: 'result',
      title: `${hits.length} projects match ${quoted(q)}`,
      sections: hits.map((hit) => {
        const p = resume.projects[hit.doc.index]!;
        return { heading: [p.name, p.entity ? `(${p.entity})` : undefined].filter(Boolean).join(' '), bullets: [p.description ?? p.keywords.join(' · ')].filter(Boolean) };
      }),
      links: hits.flatMap((hit) => {
        const p = resume.projects[hit.doc.index]!;
        return p.url && /^https?:/i.test(p.url) ? [{ label: p.name ?? 'Project', url: p.url }] : [];
      }),
      matches: hits.map((hit) => projectMatch(resume.projects[hit.doc.index]!, hit.doc.index, hit.score)),
    });
  },
};
