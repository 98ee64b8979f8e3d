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
