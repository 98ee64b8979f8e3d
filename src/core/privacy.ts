/**
 * Fields the résumé owner keeps private (e.g. `basics.phone`) appear only in private
 * answers (ephemeral, DM, console). Before an answer is shared into a channel or posted
 * publicly, adapters pass it through `publicView`.
 */
import type { Answer } from './answer.js';

export function publicView(answer: Answer, privateFields: readonly string[]): Answer {
  if (privateFields.length === 0) return answer;
  const hidden = new Set(privateFields);
  const isPrivate = (path: string | undefined) =>
    path !== undefined && [...hidden].some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
  const privateValues = answer.fields.filter((f) => isPrivate(f.sourcePath)).map((f) => f.value);
  const scrub = (text: string) => privateValues.reduce((acc, value) => (value ? acc.split(value).join('(private)') : acc), text);
  return {
    ...answer,
    fields: answer.fields.filter((f) => !isPrivate(f.sourcePath)),
    body: answer.body === undefined ? undefined : scrub(answer.body),
    sections: answer.sections.map((s) => ({ heading: s.heading, bullets: s.bullets.map(scrub) })),
    links: answer.links.filter((l) => !privateValues.some((v) => v && l.url.includes(v))),
  };
}
