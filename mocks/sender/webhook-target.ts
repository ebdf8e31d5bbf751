/** Where a webhook goes: a URL reached with `fetch`, or an in-process fetch-style handler called directly. */

/**
 * A fetch-style route handler, called in process with a real `Request`: Hono's `app.fetch`, a
 * Next.js or Remix route's `POST`, or any `(req) => Response`.
 *
 * @example
 * const handler: WebhookHandler = async (request) => new Response(null, { status: (await request.text()) ? 200 : 400 });
 */
export type WebhookHandler = (request: Request) => Response | Promise<Response>;

/**
 * The receiver: an `http(s)` URL (a string or `URL`) or an in-process `WebhookHandler`. A URL may hold
 * `{provider}`, replaced by `kustom` or `kushki` for each webhook, to reach one endpoint per provider.
 *
 * @example
 * await sendWebhook({ variant: 'kushki.card.approved', target: 'http://127.0.0.1:3000/webhooks/kushki' });
 * await sendAll({ target: 'http://127.0.0.1:3000/webhooks/{provider}' }); // every variant, each to its provider's endpoint
 * await sendWebhook({ variant: 'kushki.card.approved', target: app.fetch });
 */
export type WebhookTarget = string | URL | WebhookHandler;

/** A target checked once, before anything is sent. */
export type ResolvedTarget = { kind: 'url'; url: string } | { kind: 'handler'; url: string; handler: WebhookHandler };

/**
 * The request URL an in-process handler sees unless `handlerUrl` says otherwise: one route per
 * provider, the same default paths as `hookproof verify` (`/webhooks/kustom`, `/webhooks/kushki`).
 */
export const DEFAULT_HANDLER_URL = 'http://localhost/webhooks/{provider}';

/** `{provider}` in a target URL, as `new URL` encodes it. */
const PROVIDER_PLACEHOLDER = '%7Bprovider%7D';

/** An `http(s)` URL, normalised, or an error message naming `what`. */
function checkUrl(value: string, what: string): string | { href: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${what} is not a valid URL: ${JSON.stringify(value)}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${what} must be an http(s) URL, got ${url.protocol}`;
  return { href: url.href };
}

/** Checks a target; returns an error message for an unusable one. */
export function resolveTarget(target: WebhookTarget | undefined, handlerUrl: string | undefined): ResolvedTarget | string {
  if (typeof target === 'function') {
    const url = checkUrl(handlerUrl ?? DEFAULT_HANDLER_URL, 'handlerUrl');
    return typeof url === 'string' ? url : { kind: 'handler', url: url.href, handler: target };
  }
  if (typeof target !== 'string' && !(target instanceof URL)) return 'target must be a URL or a (request) => Response handler';
  const url = checkUrl(String(target), 'target');
  return typeof url === 'string' ? url : { kind: 'url', url: url.href };
}

/**
 * The URL one webhook is posted to: `{provider}` replaced by its provider.
 *
 * @example
 * requestUrl({ kind: 'url', url: 'http://127.0.0.1:3000/webhooks/%7Bprovider%7D' }, 'kushki'); // 'http://127.0.0.1:3000/webhooks/kushki'
 */
export function requestUrl(target: Pick<ResolvedTarget, 'url'>, provider: string): string {
  return target.url.replaceAll(PROVIDER_PLACEHOLDER, provider);
}

/** Raised (as the abort reason) when an attempt's time is up. */
export class AttemptTimeoutError extends Error {
  override readonly name = 'AttemptTimeoutError';
}

/** Settles like `promise`, or rejects with the signal's reason as soon as it aborts. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Thrown when an in-process handler fails: it threw, or returned something that is not a `Response`. */
export class HandlerError extends Error {
  override readonly name = 'HandlerError';
}

/**
 * One in-process exchange: the handler's response and its body (`''` when it has none). A handler
 * that throws, or returns something that is not a `Response`, rejects with a `HandlerError`.
 */
async function exchange(handler: WebhookHandler, request: Request): Promise<{ status: number; body: string }> {
  let response: unknown;
  try {
    response = await handler(request);
  } catch (error) {
    throw new HandlerError(`the handler threw: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!(response instanceof Response))
    throw new HandlerError(`the handler returned ${response === null ? 'null' : typeof response}, not a Response`);
  return { status: response.status, body: await responseText(response) };
}

/** A response's body as text; `''` when it has none or it cannot be read. */
function responseText(response: Response): Promise<string> {
  return response.body === null ? Promise.resolve('') : response.text().catch(() => '');
}

/**
 * How one attempt ends early: its time is up or the caller aborted. `signal` goes with the request
 * (for a URL target it cancels the socket; a handler sees it as `request.signal`); `race` settles a
 * promise of the attempt early when the attempt ends.
 */
export interface AttemptGuard {
  signal: AbortSignal | undefined;
  race<T>(promise: Promise<T>): Promise<T>;
}

/** The response to one POST, its body read; rejects when the guard ends the attempt. */
export function postWebhook(
  target: ResolvedTarget,
  init: { headers: Record<string, string>; body: string | Uint8Array; guard: AttemptGuard; fetch: typeof fetch; provider: string },
): Promise<{ status: number; body: string }> {
  const { guard } = init;
  const requestInit: RequestInit = {
    method: 'POST',
    headers: init.headers,
    body: init.body as BodyInit,
    redirect: 'manual',
  };
  if (guard.signal) requestInit.signal = guard.signal;
  const url = requestUrl(target, init.provider);
  // In process, one race covers the handler and its body: the attempt ends at either.
  if (target.kind === 'handler') return guard.race(exchange(target.handler, new Request(url, requestInit)));
  return fetchWebhook(init.fetch, url, requestInit, guard);
}

async function fetchWebhook(
  fetchFn: typeof fetch,
  url: string,
  requestInit: RequestInit,
  guard: AttemptGuard,
): Promise<{ status: number; body: string }> {
  const response = await fetchFn(url, requestInit);
  // The attempt's signal went with the request: when it aborts, fetch errors the body too, and no
  // race is needed (a listener and a promise per attempt, about 4% of a delivery in `npm run bench`).
  const body = await responseText(response);
  if (guard.signal?.aborted) throw guard.signal.reason;
  return { status: response.status, body };
}
