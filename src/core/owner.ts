/**
 * Whose résumé a picture or a file is drawn from: the person an answer is about, in a directory,
 * without what that person keeps private (meta.privateFields; PRIVATE_FIELDS is removed by the
 * picture and CV caches themselves); the one résumé otherwise.
 */
import type { Answer } from '../model/answer.js';
import type { Resume } from '../resume/schema.js';
import type { Bot } from './bot.js';
import { publicResume } from './public-resume.js';

/** Kept per résumé object, so the caches keyed on it still see one version per edit. */
const shown = new WeakMap<Resume, Resume>();

export function resumeFor(bot: Bot, answer: Pick<Answer, 'person'> | undefined): Resume {
  const owner = bot.ownerOf?.(answer?.person);
  if (!owner) return bot.resume;
  if (!owner.privateFields.length) return owner.resume;
  let resume = shown.get(owner.resume);
  if (!resume) {
    resume = publicResume(owner.resume, owner.privateFields);
    shown.set(owner.resume, resume);
  }
  return resume;
}
