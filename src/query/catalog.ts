/**
 * What the query layer needs to know about the commands above it, in its own terms: the
 * sections they serve, how free text reaches them, and what their options complete from.
 * The command registry fills it in (commands/catalog.ts); nothing in the query layer
 * lists a command or a section itself.
 */
import type { Resume } from '../resume/schema.js';
import type { SectionSource } from './documents.js';
import type { RouteSpec } from './route-table.js';

export interface CompletionSource {
  readonly command: string;
  /** Values offered as a user types the command's option, best known first. */
  values(resume: Resume): string[];
}

export interface Catalog {
  readonly sections: readonly SectionSource[];
  readonly routes: readonly RouteSpec[];
  readonly completions: readonly CompletionSource[];
}
