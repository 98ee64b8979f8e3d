import { makeAnswer } from '../src/core/answer.js';
import { coversYear } from '../src/resume/dates.js';
import type { Command } from './definition.js';
import { educationMatch, educationSection, link, notFound, quoted } from './format.js';

const YEAR = /^(19|20)\d{2}$/;

export const education: Command = {
  data: {
    name: 'education',
    description: 'Degrees and schools',
    usageHint: '[school, degree or year]',
    option: { name: 'query', description: 'A school, a degree or a year (empty: all education)', autocomplete: true },
    examples: ['education', 'education computer science', 'education pucrs'],
    slash: true,
  },
  execute(query, { index, now }) {
    const { resume } = index;
    const q = query.trim();
    let chosen = resume.education.map((entry, i) => ({ entry, i, score: undefined as number | undefined }));
    let title = 'Education';
    if (q && YEAR.test(q)) {
      chosen = chosen.filter(({ entry }) => coversYear(entry.startDate, entry.endDate ?? entry.startDate, Number(q), now));
      title = `Education in ${q}`;
      if (!chosen.length) return makeAnswer({ kind: 'empty', title: `No education in ${q}`, body: `Nothing in the résumé's education covers ${q}.`, suggestions: ['/education'] });
    } else if (q) {
      const hits = index.search('education', q);
      if (!hits.length) return notFound(index, 'education', q);
      chosen = hits.map((h) => ({ entry: resume.education[h.doc.index]!, i: h.doc.index, score: h.score as number | undefined }));
      title = chosen.length === 1 ? 'Education' : `${chosen.length} entries match ${quoted(q)}`;
    }
    if (!chosen.length) return makeAnswer({ kind: 'empty', title: 'No education listed', body: 'This résumé lists no education.' });
    return makeAnswer({
      kind: q ? 'result' : 'list',
      title,
      subtitle: resume.basics.name,
      sections: chosen.map(({ entry }) => educationSection(entry)),
      links: chosen.flatMap(({ entry }) => link(entry.institution ?? 'School', entry.url)),
      matches: chosen.map(({ entry, i, score }) => educationMatch(entry, i, score)),
    });
  },
};
