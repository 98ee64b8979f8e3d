import { makeAnswer, type Answer } from '../src/core/answer.js';
import type { SearchSection } from '../src/query/documents.js';
import type { Command, CommandData } from './definition.js';
import { quoted } from './format.js';
import { helpAnswer } from './help.js';

const COMMAND_OF: Record<SearchSection, string> = { work: 'experience', skills: 'skills', projects: 'projects', education: 'education' };

/**
 * `/resume <question>`. The bot routes questions to the command that answers them; what
 * reaches this handler is help (no question) or a question that matched nothing anywhere.
 */
export function resumeCommand(registry: () => readonly CommandData[]): Command {
  return {
    data: {
      name: 'resume',
      description: 'Ask anything about the résumé, in your own words (or "help")',
      usageHint: '[any question, or help]',
      option: { name: 'question', description: 'e.g. "what did he do at Netflix?" (empty: help)', autocomplete: true },
      examples: ['resume help', 'resume what did he do at netflix?', 'resume does he know k8s?'],
      slash: true,
    },
    execute(query, { index }): Answer {
      const q = query.trim();
      if (!q || /^help$/i.test(q)) return helpAnswer(registry(), index.resume.basics.name);
      const sections: SearchSection[] = ['work', 'skills', 'projects', 'education'];
      const suggestions = sections.flatMap((s) => index.nearNames(s, q, 2).map((name) => `/${COMMAND_OF[s]} ${name}`)).slice(0, 4);
      return makeAnswer({
        kind: 'empty',
        title: `Nothing in the résumé matches ${quoted(q)}`,
        body: 'Try a company, a skill, a project or a school — or /resume help for what you can ask.',
        suggestions,
      });
    },
  };
}
