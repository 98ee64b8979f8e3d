/** Small facts about the process's terminal that the console and the CLI both need. */

/** Colour only on a terminal, and never when the user asked for none (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR) return false;
  return stream.isTTY === true;
}

/**
 * `resume-bot ... | head -1` closes the pipe early: that is the reader being done, not an
 * error worth a stack trace. Any other write error still surfaces.
 */
export function exitQuietlyOnBrokenPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
