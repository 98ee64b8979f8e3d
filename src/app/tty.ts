/** Small facts about the process's terminal that the console and the CLI both need. */

/** Colour only on a terminal, and never when the user asked for none (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR) return false;
  return stream.isTTY === true;
}
