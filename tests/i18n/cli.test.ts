/**
 * The terminal programs in Portuguese: the console greets, hints and says goodbye in LOCALE's
 * language, and `resume-bot --locale pt-BR --help` explains itself (options keep their names)
 * in it, commands described from the catalogue; a --pdf without a CV says so in the answer's language.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console/console.js';
import { createBot } from '../../src/core/bot.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { ask, ensureBuilt, sandbox, type Sandbox } from '../cli/run.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { resumePath } from '../query/fixture-bots.js';
import { englishDetector, stringsOf } from './english-left.js';

const detector = () => englishDetector('pt-BR', stringsOf(resumePath('martin')));

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

describe('the terminal in Portuguese', () => {
  it('given LOCALE=pt-BR, the console greets, hints and says goodbye in Portuguese', async () => {
    const bot = createBot({
      resume: loadResumeFile('data/resume.json'),
      aliases: loadAliasesFile('data/aliases.json'),
      clock: () => FIXED_NOW,
      locale: 'pt-BR',
    });
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    const ended = runConsole({ pipeline: createPipeline(bot), input, output, interactive: true, color: false });
    input.end('/quit\n');
    await ended;
    expect(text).toContain('Conversando com o currículo de Martin Spier.');
    expect(detector().find(text.replace(/resume> /g, ''))).toEqual([]);
  });

  it('given --locale pt-BR --help, the help is Portuguese; without --locale it reads as before', () => {
    const portuguese = ask(box, ['--locale', 'pt-BR', '--help']);
    expect(portuguese.status).toBe(0);
    expect(portuguese.stdout).toContain('Opções:');
    // The usage line names options and placeholders (TAG, FILE): the interface, the same in every language.
    const help = portuguese.stdout
      .split('\n')
      .slice(1)
      .join('\n')
      .replace(/--[a-z]+|\b[A-Z]{1,4}\b|[a-z]+\.(json|png)/g, ' ');
    expect(detector().find(help)).toEqual([]);
    expect(ask(box, ['--help']).stdout).toContain('Options:');
  });

  it('given --pdf with an answer that carries no CV, says so in the answer language', () => {
    const result = ask(box, ['--locale', 'pt-BR', '/about', '--pdf', 'cv.pdf']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('esta resposta não traz o currículo');
  });
});
