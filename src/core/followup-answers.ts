/**
 * What a follow-up says when the conversation has nothing for it to lean on ("and before
 * that?" as the first message): what it needs, with a question that names it, and no result.
 * It never guesses which entry was meant.
 */
import type { Messages } from '../i18n/catalogue.js';
import { makeAnswer, type Answer } from '../model/answer.js';
import type { ResumeSection } from '../model/answer.js';
import { type FollowUp, placeNamer, type Resolution } from '../query/followup.js';
import type { RoutingIndex } from '../query/spans.js';
import type { Resume } from '../resume/schema.js';

/** How many of the broadest sections (the lowest priority: roles, projects, skills) a follow-up with nothing before it suggests. */
const BROADEST = 3;

/** The names the entries of a section of places go by (a role's company), each once, in the résumé's order. */
function placeNames(section: ResumeSection, index: RoutingIndex, resume: Resume): string[] {
  const named = placeNamer(section, index);
  const entries = resume[section];
  if (!named || !Array.isArray(entries)) return [];
  return [...new Set(entries.map((_, n) => named(resume, n) ?? '').filter(Boolean))];
}

export function needsContextAnswer(followUp: FollowUp, index: RoutingIndex, resume: Resume, text: string, messages: Messages): Answer {
  const timeline = index.routes.roles.timeline?.spec;
  const names = timeline?.section ? placeNames(timeline.section, index, resume) : [];
  const name = names[0];
  /** A slash command as suggested, when the résumé has it. */
  const slash = (command: string | undefined, rest = ''): string[] => (command ? [`/${command}${rest ? ` ${rest}` : ''}`] : []);
  const broadest = index.routes.intents
    .filter((i) => i.spec.section)
    .sort((a, b) => a.spec.priority - b.spec.priority)
    .slice(0, BROADEST)
    .map((i) => `/${i.spec.command}`);
  const nothing = messages.t('followUp.nothing');
  // Without a role to name, the way out is the whole question.
  const body = (key: string, params: Record<string, string> = {}) =>
    name || params.thing ? messages.t(key, { nothing, name: name ?? '', ...params }) : messages.t('followUp.generic.body', { nothing });
  const answer = (title: string, said: string, suggestions: string[]) =>
    makeAnswer({ kind: 'empty', title, body: said, suggestions, route: { command: null, query: text } });
  switch (followUp.kind) {
    case 'relative':
      return answer(
        messages.t(`followUp.${followUp.direction}.title`),
        body(`followUp.${followUp.direction}.body`),
        slash(timeline?.command, name ? messages.t(`followUp.${followUp.direction}.suggestion`, { name: names[1] ?? name }) : ''),
      );
    case 'entry':
      return answer(messages.t(`followUp.${followUp.focus}.title`), body('followUp.entry.body'), broadest);
    case 'during':
      return answer(messages.t('followUp.when.title'), body('followUp.entry.body'), slash(timeline?.command));
    case 'about':
      return answer(messages.t('followUp.place.title'), body('followUp.place.body'), slash(timeline?.command, name));
    case 'ellipsis':
      return answer(
        messages.t('followUp.ellipsis.title', { thing: followUp.rest }),
        body('followUp.ellipsis.body', { thing: followUp.rest }),
        slash(index.routes.roles.fallback?.spec.command, followUp.rest),
      );
  }
}

/** "Did she win an award before that?" with none before it (or none under way then): that section's "nothing before", no result. */
export function noneInTimeAnswer(
  { command, section, direction, anchor }: Extract<Resolution, { kind: 'none' }>,
  resume: Resume,
  messages: Messages,
): Answer {
  const noun = messages.t(`section.${section}`, { count: 1 });
  const none = { before: 'entries.noneBefore', after: 'entries.noneAfter', during: 'entries.noneDuring' }[direction];
  return makeAnswer({
    kind: 'empty',
    title: messages.t(`${none}.title`, { noun, name: anchor }),
    body: messages.t(`${none}.body`, { owner: resume.basics.name, noun, name: anchor }),
    suggestions: [`/${command}`],
    route: { command, query: `${direction} ${anchor}` },
  });
}
