/**
 * The sender benchmark's receiver: the least a webhook endpoint can do (read the body, answer 200),
 * in a process of its own so that it does not share a core's event loop with the sender under test.
 * Started with `fork`; it sends `{ port }` once listening and answers `'count'` with the number of
 * requests and body bytes received so far.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceiverMessage = { type: 'listening'; port: number } | { type: 'count'; requests: number; bytes: number };

let requests = 0;
let bytes = 0;

const server = createServer((req, res) => {
  req.on('data', (chunk: Buffer) => (bytes += chunk.length));
  req.on('end', () => {
    requests++;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '11' }).end('{"ok":true}');
  });
});
server.keepAliveTimeout = 30_000;

const send = (message: ReceiverMessage) => process.send?.(message);

if (process.send) {
  server.listen(0, '127.0.0.1', () => send({ type: 'listening', port: (server.address() as AddressInfo).port }));
  process.on('message', (message: unknown) => {
    if (message === 'count') send({ type: 'count', requests, bytes });
  });
  process.on('disconnect', () => process.exit(0));
}
