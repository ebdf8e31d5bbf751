/**
 * The smallest bridge between `node:http` and fetch-style handlers: an incoming request becomes a
 * `Request`, a `Response` is written back. A `Response.error()` (a network error, which is what MSW
 * handlers return for a lost response) drops the connection without an answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest request body the mock reads: Kustom API bodies are a few KiB. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** Thrown when a request body is larger than {@link MAX_REQUEST_BYTES}. */
export class RequestTooLargeError extends Error {
  override readonly name = 'RequestTooLargeError';
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES) throw new RequestTooLargeError(`request body over ${MAX_REQUEST_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * The incoming request as a fetch `Request` on `baseUrl` (the server's own URL, whatever `Host` the
 * client sent, so that handlers registered for that base match).
 */
export async function toFetchRequest(req: IncomingMessage, baseUrl: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  return new Request(new URL(req.url ?? '/', `${baseUrl}/`), { method, headers, ...(body?.length ? { body: new Uint8Array(body) } : {}) });
}

/** Writes `response` to `res`; for a network error (`Response.error()`), destroys the socket instead. */
export async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    res.socket?.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...headers, 'content-length': String(body.length) });
  res.end(body);
}

/** A JSON response. */
export function json(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
  });
}
