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

/** The request URL an in-process handler sees unless `handlerUrl` says otherwise. */
export const DEFAULT_HANDLER_URL = 'http://localhost/webhooks';

/** `{provider}` in a target URL, as `new URL` encodes it. */
const PROVIDER_PLACEHOLDER = '%7Bprovider%7D';

/** Checks a target; returns an error message for an unusable one. */
export function resolveTarget(target: WebhookTarget | undefined, handlerUrl: string | undefined): ResolvedTarget | string {
  if (typeof target === 'function') return { kind: 'handler', url: handlerUrl ?? DEFAULT_HANDLER_URL, handler: target };
  if (typeof target !== 'string' && !(target instanceof URL)) return 'target must be a URL or a (request) => Response handler';
  let url: URL;
  try {
    url = new URL(String(target));
  } catch {
    return `target is not a valid URL: ${JSON.stringify(String(target))}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `target must be an http(s) URL, got ${url.protocol}`;
  return { kind: 'url', url: url.href };
}

/** Raised (as the abort reason) when an attempt's time is up. */
export class AttemptTimeoutError extends Error {
  override readonly name = 'AttemptTimeoutError';
}

/** Settles like `promise`, or rejects with the signal's reason as soon as it aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
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

async function callHandler(handler: WebhookHandler, request: Request): Promise<Response> {
  let response: unknown;
  try {
    response = await handler(request);
  } catch (error) {
    throw new HandlerError(`the handler threw: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!(response instanceof Response))
    throw new HandlerError(`the handler returned ${response === null ? 'null' : typeof response}, not a Response`);
  return response;
}

/** The response to one POST, its body read (and cut to `maxBody` characters); rejects on abort. */
export async function postWebhook(
  target: ResolvedTarget,
  init: { headers: Record<string, string>; body: string | Uint8Array; signal: AbortSignal; fetch: typeof fetch; provider: string },
): Promise<{ status: number; body: string }> {
  const requestInit: RequestInit = {
    method: 'POST',
    headers: init.headers,
    body: init.body as BodyInit,
    signal: init.signal,
    redirect: 'manual',
  };
  const response =
    target.kind === 'url'
      ? await init.fetch(target.url.replaceAll(PROVIDER_PLACEHOLDER, init.provider), requestInit)
      : await raceAbort(callHandler(target.handler, new Request(target.url, requestInit)), init.signal);
  const body = await raceAbort(
    response.text().catch(() => ''),
    init.signal,
  );
  return { status: response.status, body };
}
