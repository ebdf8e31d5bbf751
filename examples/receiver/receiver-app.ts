/**
 * The example merchant receiver: a Hono app with one webhook endpoint per provider. Each delivery is
 * verified over its raw body (401), validated with `parseWebhook` (400), deduplicated by event id
 * (a duplicate gets 200 and is not processed again) and acknowledged with 200 at once; the capture
 * that follows `ipp.session.finalized` runs after the acknowledgement.
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type Provider, parseWebhook, verifyKushkiSignature, verifyKustomSignature, WebhookVerificationError } from 'hookproof';
import { captureWithRetries } from './capture-on-finalized.js';
import type { ReceiverConfig } from './receiver-config.js';
import { ReceiverStore } from './receiver-store.js';

/** The largest body the receiver reads. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A running receiver: the app, its in-process handler, its memory, and a way to wait for background work. */
export interface Receiver {
  app: Hono;
  /** The app as a fetch-style handler: give it to `sendWebhook({ target })` to skip the network. */
  fetch: (request: Request) => Promise<Response>;
  store: ReceiverStore;
  /** Resolves when every capture started so far has finished. */
  idle(): Promise<void>;
}

/**
 * Creates the receiver.
 *
 * @example
 * const receiver = createReceiver({ kustom: { secrets: testSecrets.kustom }, kushki: { secret: testSecrets.kushki } });
 * await sendWebhook({ variant: 'kustom.ipp.session.created', target: receiver.fetch, handlerUrl: 'http://localhost/webhooks/kustom' });
 */
export function createReceiver(config: ReceiverConfig): Receiver {
  const store = new ReceiverStore();
  const pending = new Set<Promise<void>>();
  const now = () => (config.now ? config.now() : new Date());

  const background = (work: Promise<void>): void => {
    const tracked = work.finally(() => pending.delete(tracked));
    pending.add(tracked);
  };

  const verify = (provider: Provider, body: string, headers: Headers): Promise<unknown> =>
    provider === 'kustom'
      ? verifyKustomSignature({
          body,
          headers,
          secrets: config.kustom.secrets,
          toleranceSeconds: config.kustom.toleranceSeconds ?? 300,
          now: now(),
        })
      : verifyKushkiSignature({ body, headers, secret: config.kushki.secret, now: now() });

  const endpoint = (provider: Provider) => async (c: Context) => {
    const body = await c.req.text();
    try {
      await verify(provider, body, c.req.raw.headers);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      store.rejected.push({ provider, status: 401, reason: error.reason });
      return c.json({ error: error.reason }, 401);
    }
    const parsed = parseWebhook(body, { provider });
    if (!parsed.ok) {
      store.rejected.push({ provider, status: 400, reason: 'invalid-payload' });
      return c.json({ errors: parsed.errors }, 400);
    }
    const eventId = parsed.event.id;
    if (!store.claim(provider, eventId)) return c.json({ received: true, duplicate: true }, 200);
    store.processed.push({ provider, eventId, kind: parsed.kind === 'variant' ? parsed.variant : parsed.type });
    if (parsed.kind === 'variant' && parsed.variant === 'kustom.ipp.session.finalized') {
      const orderId = parsed.event.data.order_id;
      background(
        captureWithRetries(config.orderManagement, orderId, eventId, config.captureRetryDelaysMs).then((outcome) => {
          store.captures.push(outcome);
        }),
      );
    }
    return c.json({ received: true }, 200);
  };

  // Providers send a few KiB; refuse to buffer more than 1 MiB of anyone's body.
  const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: 'payload-too-large' }, 413) });
  const app = new Hono();
  app.post(config.kustom.path ?? '/webhooks/kustom', limit, endpoint('kustom'));
  app.post(config.kushki.path ?? '/webhooks/kushki', limit, endpoint('kushki'));

  return {
    app,
    fetch: async (request) => app.fetch(request),
    store,
    async idle() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
