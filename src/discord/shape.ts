/**
 * The shape of a signed HTTP interaction, checked before anything reads it. A valid signature
 * says Discord sent the bytes, not that they hold what the handlers expect: the body must be
 * an object with a numeric `type`, and the fields respondToInteraction reads must have the
 * types InteractionPayload promises (ids and tokens as strings, options as a list). Other
 * fields are kept as they are.
 */
import { z } from 'zod';
import type { InteractionPayload } from './interactions.js';

const text = z.string();
const maybe = <T extends z.ZodType>(schema: T) => schema.optional();
const user = z.looseObject({ id: maybe(text) });

const option = z.looseObject({ name: maybe(text), type: maybe(z.number()), value: maybe(z.unknown()), focused: maybe(z.boolean()) });

// A modal submission's inputs: each in a label (one) or an action row (several).
const input = z.looseObject({ type: maybe(z.number()), custom_id: maybe(text), value: maybe(z.unknown()) });
const submitted = input.extend({ component: maybe(input), components: maybe(z.array(input)) });

const interaction = z.looseObject({
  type: z.number().int(),
  id: maybe(text),
  application_id: maybe(text),
  token: maybe(text),
  guild_id: maybe(text),
  channel_id: maybe(text),
  member: maybe(z.looseObject({ user: maybe(user) })),
  user: maybe(user),
  data: maybe(
    z.looseObject({
      name: maybe(text),
      custom_id: maybe(text),
      options: maybe(z.array(option)),
      components: maybe(z.array(submitted)),
    }),
  ),
});

export type InteractionVerdict = { ok: true; interaction: InteractionPayload } | { ok: false; problem: string };

/** Parses and checks a signed body; the problem names where it failed, never the value. */
export function parseInteraction(body: Buffer): InteractionVerdict {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, problem: 'request body is not valid JSON' };
  }
  const result = interaction.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      ok: false,
      problem: `expected an interaction object with a numeric "type" (${issue ? `${issue.path.join('.') || 'body'}: ${issue.code}` : 'invalid'})`,
    };
  }
  const checked: InteractionPayload = result.data;
  return { ok: true, interaction: checked };
}
