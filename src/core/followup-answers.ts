/**
 * What a follow-up says when the conversation has nothing for it to lean on ("and before
 * that?" as the first message): what it needs, with a question that names it, and no result.
 * It never guesses which entry was meant.
 */
import type { Messages } from '../i18n/catalogue.js';
import { makeAnswer, type Answer } from '../model/answer.js';
import type { FollowUp, Resolution } from '../query/followup.js';
import type { Resume } from '../resume/schema.js';

export function needsContextAnswer(followUp: FollowUp, resume: Resume, text: string, messages: Messages): Answer {
  const names = [...new Set(resume.work.map((w) => w.name ?? '').filter(Boolean))];
  const name = names[0];
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
        name ? [`/experience ${messages.t(`followUp.${followUp.direction}.suggestion`, { name: names[1] ?? name })}`] : ['/experience'],
      );
    case 'entry':
      return answer(messages.t(`followUp.${followUp.focus}.title`), body('followUp.entry.body'), ['/experience', '/projects', '/skills']);
    case 'during':
      return answer(messages.t('followUp.when.title'), body('followUp.entry.body'), ['/experience']);
    case 'about':
      return answer(messages.t('followUp.place.title'), body('followUp.place.body'), name ? [`/experience ${name}`] : ['/experience']);
    case 'ellipsis':
      return answer(
        messages.t('followUp.ellipsis.title', { thing: followUp.rest }),
        body('followUp.ellipsis.body', { thing: followUp.rest }),
        [`/resume ${followUp.rest}`],
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
