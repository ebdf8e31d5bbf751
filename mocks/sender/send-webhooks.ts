/** `sendWebhook` and `sendAll`: sign, deliver with retries, duplicates, shuffling and bounded concurrency, report. */
import type { VariantId } from '../../src/catalogue/variant-catalogue.js';
import type { KustomSignatureScheme } from '../../src/signatures/kustom-signature.js';
import { createRandomSource } from '../fixtures/random-source.js';
import { AttemptClock } from './attempt-guard.js';
import { type DeliveryContext, deliverWebhook } from './deliver-webhook.js';
import { buildReport, type DeliveryRecord, type DeliveryReport } from './delivery-report.js';
import { type BuildPayload, catalogueInputs, type PreparedWebhook, prepareWebhook, type WebhookInput } from './prepare-webhook.js';
import { standardWebhooksSchedule } from './retry-schedule.js';
import { type SenderSecrets, signingConfig } from './sender-signing.js';
import { WebhookSendError } from './webhook-send-error.js';
import { resolveTarget, type WebhookTarget } from './webhook-target.js';

/** How webhooks are delivered: the receiver, the secrets and the delivery policy. */
export interface DeliveryOptions {
  /**
   * The receiver: an `http(s)` URL, or an in-process `(request) => Response` handler (called with a
   * request to `handlerUrl`). `{provider}` in a URL stands for `kustom` or `kushki`.
   */
  target: WebhookTarget;
  /** The signing secrets. Default `testSecrets`. A string signs both providers' webhooks. */
  secret?: SenderSecrets | undefined;
  /**
   * The delay in ms before each attempt (the length is the number of attempts). A delivery is retried
   * on a non-2xx status, a timeout or a connection error, and not after 410 Gone. Default
   * `standardWebhooksSchedule` (about 27 hours: use `fastSchedule` in tests).
   */
  schedule?: readonly number[] | undefined;
  /** How long one attempt may take, response body included, in ms. Default 15 000. */
  timeoutMs?: number | undefined;
  /** Aborts the send: the attempt in flight and the pending retries stop, and every unfinished delivery is reported `failed` / `aborted`. */
  signal?: AbortSignal | undefined;
  /** Deliver every webhook twice (Kushki documents duplicate notifications): same bytes, same event id, same Kustom `webhook-id`. */
  duplicate?: boolean | undefined;
  /** Shuffle the delivery order: `true` for a random seed, or a seed to replay an order. The report names the seed. */
  shuffle?: boolean | number | undefined;
  /** How many deliveries may be in flight at once. Default 1 (one after another, in order). */
  concurrency?: number | undefined;
  /** Builds the payload of `{ variant }` webhooks (fixture factories plug in here). Default: the variant's bundled example. */
  build?: BuildPayload | undefined;
  /** Kushki's `X-Kushki-Key`. Default: the payload's `publicMerchantId`. */
  kushkiKey?: string | undefined;
  /** Kustom's header names. Default `standardWebhooksScheme` (`webhook-id`, `webhook-timestamp`, `webhook-signature`). */
  kustomScheme?: Partial<KustomSignatureScheme> | undefined;
  /** Extra request headers (the signing headers always win). */
  headers?: Record<string, string> | undefined;
  /**
   * The request URL an in-process handler sees; `{provider}` stands for `kustom` or `kushki`.
   * Default `http://localhost/webhooks/{provider}`: the same paths as `hookproof verify`.
   */
  handlerUrl?: string | undefined;
  /** The `fetch` used for URL targets. Default: the global `fetch` at the time of the call. */
  fetch?: typeof fetch | undefined;
}

/** Options of `sendWebhook`: one webhook (`variant`, `event` or `body`) and how to deliver it. */
export type SendWebhookOptions = WebhookInput & DeliveryOptions;

/** Options of `sendAll`: a list of webhooks (default: the whole catalogue) and how to deliver them. */
export interface SendAllOptions extends DeliveryOptions {
  /** Variant ids and/or `{ variant | event | body }` webhooks. Default: one webhook per catalogue variant. */
  webhooks?: ReadonlyArray<VariantId | WebhookInput> | undefined;
}

const DEFAULT_TIMEOUT_MS = 15_000;
/** The longest delay `setTimeout` honours (about 24.8 days): a longer one fires at once, with a warning. */
export const MAX_DELAY_MS = 2_147_483_647;

function checkPolicy(options: DeliveryOptions): { schedule: readonly number[]; timeoutMs: number; concurrency: number } {
  const schedule = options.schedule ?? standardWebhooksSchedule;
  if (!Array.isArray(schedule) || schedule.length === 0 || !schedule.every((d) => typeof d === 'number' && d >= 0 && d <= MAX_DELAY_MS)) {
    throw new WebhookSendError('invalid-option', `schedule must be a non-empty list of delays in ms, each from 0 to ${MAX_DELAY_MS}`);
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0 && timeoutMs <= MAX_DELAY_MS))
    throw new WebhookSendError('invalid-option', `timeoutMs must be a positive number of ms up to ${MAX_DELAY_MS}, got ${timeoutMs}`);
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new WebhookSendError('invalid-option', `concurrency must be an integer of 1 or more, got ${concurrency}`);
  return { schedule, timeoutMs, concurrency };
}

function shuffleSeedOf(shuffle: boolean | number | undefined): number | null {
  if (shuffle === undefined || shuffle === false) return null;
  if (shuffle === true) return Math.floor(Math.random() * 0x7fff_ffff);
  if (!Number.isFinite(shuffle)) throw new WebhookSendError('invalid-option', `shuffle must be a boolean or a seed, got ${shuffle}`);
  return Math.trunc(shuffle);
}

/** Fisher-Yates with a seeded stream: the same seed gives the same order. */
function shuffled<T>(items: T[], seed: number): T[] {
  const random = createRandomSource(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function deliverAll(webhooks: PreparedWebhook[], options: DeliveryOptions): Promise<DeliveryReport> {
  const started = performance.now();
  const { schedule, timeoutMs, concurrency } = checkPolicy(options);
  const target = resolveTarget(options.target, options.handlerUrl);
  if (typeof target === 'string') throw new WebhookSendError('invalid-target', target);
  const context: DeliveryContext = {
    target,
    signing: signingConfig(options.secret, options.kushkiKey, options.kustomScheme),
    schedule,
    headers: options.headers ?? {},
    signal: options.signal,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
  const shuffleSeed = shuffleSeedOf(options.shuffle);
  const inOrder = webhooks.flatMap((webhook) =>
    options.duplicate
      ? [
          { webhook, copy: 1 as const },
          { webhook, copy: 2 as const },
        ]
      : [{ webhook, copy: 1 as const }],
  );
  const jobs = shuffleSeed === null ? inOrder : shuffled(inOrder, shuffleSeed);
  // Every check above has passed; the first request goes out in a later microtask, never within the caller's call.
  await Promise.resolve();

  const records: DeliveryRecord[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    const clock = new AttemptClock(timeoutMs);
    try {
      while (next < jobs.length) {
        const sequence = next++;
        const job = jobs[sequence];
        if (job) records.push(await deliverWebhook(job.webhook, job.copy, sequence, context, clock));
      }
    } finally {
      clock.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return buildReport(webhooks.length, records, shuffleSeed, Math.round(performance.now() - started));
}

/**
 * Sends one webhook the way its provider does: the exact bytes (compact `JSON.stringify(event)`
 * unless you give `body`), `Content-Type: application/json` and the provider's signature headers
 * (Kushki's `X-Kushki-*`, Kustom's Standard Webhooks `webhook-*`), re-signed on every attempt and
 * retried on the `schedule`. Resolves with the delivery report; the receiver's failures are in the
 * report, never thrown. Rejects with a `WebhookSendError` only when the send cannot start.
 *
 * @example
 * import { sendWebhook, fastSchedule } from 'hookproof/sender';
 *
 * const report = await sendWebhook({ variant: 'kustom.ipp.session.finalized', target: app.fetch, schedule: fastSchedule });
 * expect(report.ok).toBe(true);
 * expect(report.deliveries[0]?.attempts[0]?.status).toBe(200);
 * @see https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
 */
export async function sendWebhook(options: SendWebhookOptions): Promise<DeliveryReport> {
  return deliverAll([prepareWebhook(options, 0, options.build)], options);
}

/**
 * Sends a list of webhooks (default: every catalogue variant once, in catalogue order) with the same
 * delivery policy, and reports every delivery: delivered or failed, never dropped.
 *
 * @example
 * import { sendAll, fastSchedule } from 'hookproof/sender';
 *
 * const report = await sendAll({ target: 'http://127.0.0.1:3000/webhooks/{provider}', schedule: fastSchedule, duplicate: true, shuffle: 42, concurrency: 4 });
 * console.log(report.totals); // { webhooks: 10, deliveries: 20, delivered: 20, failed: 0, attempts: 20 }
 */
export async function sendAll(options: SendAllOptions): Promise<DeliveryReport> {
  const inputs = options.webhooks ?? catalogueInputs();
  if (!Array.isArray(inputs)) throw new WebhookSendError('invalid-option', 'webhooks must be a list');
  return deliverAll(
    inputs.map((input, index) => prepareWebhook(input, index, options.build)),
    options,
  );
}
