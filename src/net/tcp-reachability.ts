/** Whether anything accepts TCP connections at a URL's host and port, before a command starts its work. */
import { connect } from 'node:net';

/**
 * Opens (and closes) one TCP connection to the URL's host and port. Resolves with `null` when it
 * connects, or with why not: `connection refused`, `no connection within N ms`, an error code.
 */
export function tcpUnreachableReason(url: URL, timeoutMs: number): Promise<string | null> {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const settle = (reason: string | null) => {
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(timeoutMs, () => settle(`no connection within ${timeoutMs} ms`));
    socket.once('connect', () => settle(null));
    socket.once('error', (error: NodeJS.ErrnoException) =>
      settle(error.code === 'ECONNREFUSED' ? 'ECONNREFUSED' : (error.code ?? error.message)),
    );
  });
}
