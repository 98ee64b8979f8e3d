import { makeAnswer, type Answer } from '../src/model/answer.js';
import type { Command } from './definition.js';
import { quoted } from './format.js';
import { helpAnswer } from './help.js';
import { commandTexts } from './localized.js';

/**
 * `/resume <question>`. The bot routes questions to the command that answers them; what
 * reaches this handler is help (no question) or a question that matched nothing anywhere.
 */
export const resumeCommand: Command = {
  data: {
    name: 'resume',
    description: 'Ask anything about the résumé, in your own words (or "help")',
    usageHint: '[any question, or help]',
    option: { name: 'question', description: 'e.g. "what did he do at Netflix?" (empty: help)', autocomplete: true },
    examples: ['resume help', 'resume what did he do at netflix?', 'resume does he know k8s?'],
    slash: true,
  },
  routing: { priority: 0, role: 'fallback', cues: [] },
  // Everything any other command completes from.
  completions: (resume, commands) => commands.flatMap((c) => (c.completions && c !== resumeCommand ? c.completions(resume, commands) : [])),
  execute(query, { index, commands, people, messages }): Answer {
    const q = query.text.trim();
    // "help", or help's name in the asker's language ("ajuda").
    const helpWords = ['help', ...commands.filter((c) => c.data.name === 'help').map((c) => commandTexts(c, messages).name)];
    if (!q || helpWords.includes(q.toLowerCase())) return helpAnswer(commands, index, people?.length, messages);
    const suggestions = index.sections.flatMap((s) => index.nearNames(s.section, q, 2).map((name) => `/${s.command} ${name}`)).slice(0, 4);
    return makeAnswer({
      kind: 'empty',
      title: messages.t('resume.nothing.title', { query: quoted(q) }),
      body: messages.t('resume.nothing.body'),
      suggestions,
    });
  },
};
