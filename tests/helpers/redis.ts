/**
 * A real Redis (Debian's redis-server) for the tests that need one: started on a free loopback
 * port with nothing written to disk, stopped after. Can be killed and started again on the same
 * port, as a crashed and restarted Redis would be. Use inside describeWith(REDIS_SERVER, …).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** Kills the server (SIGKILL: a crash, not a shutdown); resolves once it has exited. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: nothing was saved); resolves once it answers. */
  restart(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open, nothing is answered. resume() thaws it. */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

/**
 * A command timeout for stores whose spec is not about a slow Redis: at the bot's 250 ms a busy
 * machine timed out commands a live Redis would have answered, which counts as Redis gone.
 */
export const PATIENT_COMMAND_TIMEOUT_MS = 10_000;

/** A port nobody listens on now (the kernel picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

function launch(port: number): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'notice'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // Redis says so once it accepts commands.
      if (output.includes('Ready to accept connections')) resolve();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', () => reject(new Error(`redis-server exited before it was ready:\n${output}`)));
  });
  return { child, ready };
}

export async function startRedis(): Promise<RedisServer> {
  let port = await freePort();
  let current = launch(port);
  // Another program may take the free port first: try another.
  for (let tries = 1; ; tries++) {
    try {
      await current.ready;
      break;
    } catch (error) {
      if (tries === 3 || !String(error).includes('Address already in use')) throw error;
      port = await freePort();
      current = launch(port);
    }
  }
  const kill = async () => {
    const { child } = current;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill,
    async restart() {
      await kill();
      current = launch(port);
      await current.ready;
    },
    pause: () => current.child.kill('SIGSTOP'),
    resume: () => current.child.kill('SIGCONT'),
    async stop() {
      current.child.kill('SIGCONT');
      await kill();
    },
  };
}
