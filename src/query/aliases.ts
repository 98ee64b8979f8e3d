/**
 * The alias table: abbreviations and other names people type (k8s, sre, dx, viz) mapped
 * to what the résumé says. It is data (data/aliases.json) so the résumé owner can extend
 * it without touching code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { formatJsonPath, ResumeFileError } from '../resume/load.js';
import { locateJsonError } from '../resume/json-error.js';
import { emptyAliases, type AliasTable } from './expand.js';
import { normalize } from './normalize.js';

const phrases = z.record(z.string().min(1, 'an alias cannot be empty'), z.array(z.string().min(1)).min(1, 'list at least one expansion'));

export const aliasFileSchema = z.looseObject({
  /** Other names for the same thing: a text that says the expansion says the alias. */
  aliases: phrases,
  /** Wider or neighbouring terms: they find related entries, shown as related. */
  related: phrases.optional(),
});

function phraseTable(entries: Record<string, string[]>, includeKey: boolean): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const [alias, expansions] of Object.entries(entries)) {
    const key = normalize(alias);
    if (!key) continue;
    const all = [...(includeKey ? [key] : []), ...expansions.map(normalize).filter(Boolean)];
    table.set(key, [...new Set([...(table.get(key) ?? []), ...all])]);
  }
  return table;
}

export function aliasTableFrom(data: z.infer<typeof aliasFileSchema>): AliasTable {
  return { same: phraseTable(data.aliases, true), related: phraseTable(data.related ?? {}, false) };
}

export function parseAliasesText(text: string, file: string): AliasTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const where = locateJsonError(text);
    throw new ResumeFileError(
      file,
      [where ? `line ${where.line}, column ${where.column}: ${where.problem}` : 'not valid JSON'],
      'alias table',
    );
  }
  const parsed = aliasFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new ResumeFileError(
      file,
      parsed.error.issues.map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`),
      'alias table',
    );
  }
  return aliasTableFrom(parsed.data);
}

/** Reads the alias table. A missing file is an empty table: aliases are optional. */
export function loadAliasesFile(path: string): AliasTable {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    if (code === 'ENOENT') return emptyAliases;
    throw new ResumeFileError(file, [`cannot be read (${code ?? String(error)})`], 'alias table');
  }
  return parseAliasesText(text, file);
}

// Kept in its own zod-free module so that answering (the CLI's hot path) never loads the validators.
export { emptyAliases, expandQuery, type AliasTable } from './expand.js';
