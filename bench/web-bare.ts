/**
 * The web bench's baseline: a bare node:http server that answers every GET with a fixed body
 * of BENCH_BODY_BYTES bytes (the size of the bot's own answer to the same request), no
 * routing, no templates, no query. Sends `{ port }` over IPC once listening.
 */
import { createServer } from 'node:http';

const body = Buffer.alloc(Number(process.env.BENCH_BODY_BYTES ?? 1000), 'x');
const type = process.env.BENCH_BODY_TYPE ?? 'text/html; charset=utf-8';
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': type, 'content-length': body.length });
  res.end(body);
});
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
