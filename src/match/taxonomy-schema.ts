/**
 * The shape of the skills taxonomy files (data/taxonomy/*.json). The runtime loader imports
 * only the types, so answering never loads zod; the shipped files and any edited copy are
 * checked against this schema by the tests and by the loader's own structural check.
 */
import { z } from 'zod';

export const taxonomyTermSchema = z.looseObject({
  name: z.string().trim().min(1, 'a term needs a name'),
  aliases: z.array(z.string().trim().min(1, 'an alias cannot be empty')).default([]),
  tags: z.array(z.string()).optional(),
});

/** A kind of skill a question may ask for ("what databases does she know?"): the words asking, and its terms. */
export const taxonomyKindSchema = z.object({
  kind: z.string().trim().min(1),
  asked: z.array(z.string().trim().min(1)).min(1, 'a kind needs the words that ask for it'),
  /** The generated list's tag its terms carry. */
  tag: z.string().optional(),
  /** Tagged terms that are no such thing (a database tool). */
  except: z.array(z.string().trim().min(1)).optional(),
  /** Terms the tag misses. */
  also: z.array(z.string().trim().min(1)).optional(),
});

export const taxonomyFileSchema = z.looseObject({
  terms: z.array(taxonomyTermSchema),
  kinds: z.array(taxonomyKindSchema).optional(),
  ambiguous: z.array(z.string().trim().min(1)).optional(),
  sources: z.array(z.looseObject({ package: z.string(), version: z.string(), licence: z.string() })).optional(),
});

export type TaxonomyFile = z.input<typeof taxonomyFileSchema>;
