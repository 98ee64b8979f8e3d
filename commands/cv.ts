/**
 * `/cv`: the résumé as a PDF to download. The handler only says the answer carries the CV;
 * each platform gets the file from its file source (rendered once per résumé version, from
 * the public résumé: never a private field) and delivers it its own way.
 */
import { makeAnswer } from '../src/model/answer.js';
import type { Command } from './definition.js';

/** "Martin-Spier-CV.pdf": the person's name in plain letters. */
export function cvFilename(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${ascii || 'resume'}-CV.pdf`;
}

export const cv: Command = {
  data: {
    name: 'cv',
    description: 'The CV as a PDF to download',
    usageHint: '',
    option: null,
    examples: ['cv'],
    slash: true,
  },
  routing: {
    // "Can I get his CV?", "download resume", "pdf": the cue decides.
    priority: 0,
    decisive: true,
    cues: ['cv', 'pdf', 'download', 'curriculum', 'curriculum vitae', 'resume file', 'copy of his resume', 'send me his resume'],
  },
  execute(_query, { index, messages }) {
    const { basics } = index.resume;
    return makeAnswer({
      kind: 'result',
      title: messages.t('cv.title', { name: basics.name }),
      subtitle: basics.label,
      body: messages.t('cv.body'),
      attachments: [
        {
          kind: 'cv',
          display: 'download',
          filename: cvFilename(basics.name),
          contentType: 'application/pdf',
          label: messages.t('cv.download'),
        },
      ],
      matches: [{ section: 'basics', id: 'basics', title: basics.name }],
    });
  },
};
