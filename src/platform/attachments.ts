/**
 * The bytes of what an answer carries, for every platform alike: the timeline picture from the
 * shared picture cache, the CV from the shared CV cache, both drawn once per version of the
 * public résumé. `path` is where the bot serves the same bytes on its HTTP server, named by a
 * hash of their content (/timeline/<key>.png, /cv/<key>.pdf): a platform that can show a URL
 * (Slack's image blocks and links with PUBLIC_URL) uses it, the others send the bytes.
 */
import { cvPath, type CvCache } from '../cv/cache.js';
import type { Answer, AnswerAttachment } from '../model/answer.js';
import { timelineImagePath, type TimelineImages } from '../render/timeline/image.js';
import type { Resume } from '../resume/schema.js';

export interface AttachedFile {
  readonly attachment: AnswerAttachment;
  readonly bytes: Buffer;
  readonly path: string;
}

/** The file for one attachment of an answer; null when this process has nothing to make it from. */
export type AttachmentSource = (answer: Answer, attachment: AnswerAttachment) => Promise<AttachedFile | null>;

/** `resumeOf` names the (public) résumé an answer is about: the served one, or a person's in a directory. */
export function attachmentSource(
  caches: { images?: TimelineImages; cv?: CvCache },
  resumeOf: (answer: Answer) => Resume,
): AttachmentSource {
  return async (answer, attachment) => {
    if (attachment.kind === 'timeline' && caches.images) {
      const image = caches.images.get(resumeOf(answer), 'light', answer.locale);
      return { attachment, bytes: image.png, path: timelineImagePath(image.key) };
    }
    if (attachment.kind === 'cv' && caches.cv) {
      const file = await caches.cv.get(resumeOf(answer), answer.locale);
      return { attachment, bytes: file.bytes, path: cvPath(file.key) };
    }
    return null;
  };
}
