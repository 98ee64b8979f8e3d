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

export const taxonomyFileSchema = z.looseObject({
  terms: z.array(taxonomyTermSchema),
  ambiguous: z.array(z.string().trim().min(1)).optional(),
  sources: z.array(z.looseObject({ package: z.string(), version: z.string(), licence: z.string() })).optional(),
});

export type TaxonomyFile = z.input<typeof taxonomyFileSchema>;
