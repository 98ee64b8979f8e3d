/**
 * The CLI's standard output, written straight to file descriptor 1, as process.stdout itself writes to a pipe, a
 * file or a terminal on Linux and macOS: synchronously, in order.
 *
 * Why: process.stdout is built on its first use, and for a pipe or a terminal that runs Node's stream and socket
 * layers: about 8 million instructions, a sixth of what a one-shot answer from the start-up snapshot costs beyond a
 * bare `node -e 0`. The stream still writes where writing straight cannot do what it does: on Windows (its console
 * wants UTF-16), and what is left once the descriptor would block (a non-blocking pipe its reader left full), which
 * the stream waits out. A reader gone (`resume-bot … | head -1`) ends the process quietly, as the stream's error did.
 */
import { writeSync } from 'node:fs';
import { exitQuietlyOnBrokenPipe } from '../platform/broken-pipe.js';

let stream: NodeJS.WriteStream | null = null;
let readerGone = false;

function toStream(): NodeJS.WriteStream {
  if (!stream) {
    stream = process.stdout;
    exitQuietlyOnBrokenPipe(stream);
  }
  return stream;
}

/** Writes `text` (UTF-8) to standard output. */
export function writeOut(text: string): void {
  if (readerGone) return;
  if (stream || process.platform === 'win32') {
    toStream().write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(1, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        toStream().write(bytes.subarray(written));
        return;
      }
      if (code !== 'EPIPE') throw error;
      // As the stream's error would: on the next tick, with the exit code set by then.
      readerGone = true;
      process.nextTick(() => process.exit(process.exitCode ?? 0));
      return;
    }
  }
}
