import { makeAnswer } from '../src/core/answer.js';
import { coversYear, dateSortKey } from '../src/resume/dates.js';
import type { Command } from './definition.js';
import { hitIndexes, notFound, quoted, rolesAnswer, workLine, workMatch } from './format.js';

const CURRENT = /^(current|currently|now|latest|present|today|recent|most recent)$/i;
const FIRST = /^(first|earliest|oldest)$/i;
const PREVIOUS = /^(previous|prior|last)$/i;
const YEAR = /^(19|20)\d{2}$/;
const RELATIVE = /^(before|after)\s+(.+)$/i;

export const experience: Command = {
  data: {
    name: 'experience',
    description: 'Roles and companies: a company, a skill, a year, or "current"',
    usageHint: '[company, year, topic or "current"]',
    option: { name: 'query', description: 'A company, a year, a topic or "current" (empty: the whole timeline)', autocomplete: true },
    examples: ['experience', 'experience netflix', 'experience 2015', 'experience current', 'experience finops'],
    slash: true,
  },
  execute(query, { index, now }) {
    const { resume } = index;
    const q = query.trim();
    const roles = resume.work.map((entry, i) => ({ entry, i }));

    if (!q) {
      if (roles.length === 0) return makeAnswer({ kind: 'empty', title: 'No roles listed', body: 'This résumé lists no work experience.' });
      return makeAnswer({
        kind: 'list',
        title: 'Experience',
        subtitle: `${resume.basics.name} · ${roles.length} ${roles.length === 1 ? 'role' : 'roles'}`,
        sections: [{ heading: 'Timeline', bullets: roles.map(({ entry }) => workLine(entry, now)) }],
        matches: roles.map(({ entry, i }) => workMatch(entry, i)),
        suggestions: [...new Set(roles.map(({ entry }) => entry.name).filter(Boolean))].slice(0, 3).map((name) => `/experience ${name}`),
      });
    }

    if (CURRENT.test(q)) {
      const ongoing = roles.filter(({ entry }) => entry.startDate && entry.endDate === null);
      const chosen = ongoing.length
        ? ongoing
        : [...roles].sort((a, b) => dateSortKey(b.entry.endDate, 'end') - dateSortKey(a.entry.endDate, 'end')).slice(0, 1);
      if (!chosen.length) return notFound(index, 'work', q);
      return rolesAnswer(index, chosen, ongoing.length ? 'Current role' : 'Most recent role', now);
    }

    if (PREVIOUS.test(q)) {
      // The role that ended most recently, among those that have ended.
      const ended = roles.filter(({ entry }) => entry.endDate !== null).sort((a, b) => dateSortKey(b.entry.endDate, 'end') - dateSortKey(a.entry.endDate, 'end'));
      if (!ended.length) return notFound(index, 'work', q);
      return rolesAnswer(index, [ended[0]!], 'Previous role', now);
    }

    if (FIRST.test(q)) {
      const earliest = [...roles].filter(({ entry }) => entry.startDate).sort((a, b) => dateSortKey(a.entry.startDate, 'start') - dateSortKey(b.entry.startDate, 'start'))[0];
      if (!earliest) return notFound(index, 'work', q);
      return rolesAnswer(index, [earliest], 'First role', now);
    }

    if (YEAR.test(q)) {
      const year = Number(q);
      const held = roles.filter(({ entry }) => coversYear(entry.startDate, entry.endDate, year, now));
      if (!held.length) {
        return makeAnswer({
          kind: 'empty',
          title: `No role in ${year}`,
          body: `${resume.basics.name}'s résumé lists no role held in ${year}.`,
          suggestions: ['/experience'],
        });
      }
      return rolesAnswer(index, held, `${held.length === 1 ? 'Role' : 'Roles'} in ${year}`, now);
    }

    const relative = RELATIVE.exec(q);
    if (relative) {
      const anchor = index.search('work', relative[2]!)[0];
      if (anchor) {
        // Chronological neighbour by start date: "before Netflix" is the role that started just before it.
        const byStart = [...roles].sort((a, b) => dateSortKey(a.entry.startDate, 'start') - dateSortKey(b.entry.startDate, 'start'));
        const at = byStart.findIndex((r) => r.i === anchor.doc.index);
        const neighbour = byStart[relative[1]!.toLowerCase() === 'before' ? at - 1 : at + 1];
        const anchorName = index.resume.work[anchor.doc.index]!.name ?? relative[2]!;
        if (!neighbour) {
          return makeAnswer({
            kind: 'empty',
            title: `No role ${relative[1]!.toLowerCase()} ${anchorName}`,
            body: `The résumé lists no role ${relative[1]!.toLowerCase()} ${anchorName}.`,
            suggestions: ['/experience'],
          });
        }
        return rolesAnswer(index, [neighbour], `Role ${relative[1]!.toLowerCase()} ${anchorName}`, now);
      }
    }

    const hits = index.search('work', q);
    if (!hits.length) return notFound(index, 'work', q);
    return rolesAnswer(index, hitIndexes(hits), `${hits.length} roles match ${quoted(q)}`, now);
  },
};
