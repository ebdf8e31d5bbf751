/** The delivery report: every delivery, every attempt, the outcome; nothing is left out. */
import type { Provider, VariantId } from '../../src/catalogue/variant-catalogue.js';

/**
 * Why an attempt did not reach the receiver or got no response:
 * `timeout` (no response within `timeoutMs`), `connection` (refused, reset, DNS...),
 * `handler-error` (an in-process handler threw or returned something that is not a `Response`),
 * `aborted` (the caller's `AbortSignal` fired).
 */
export type AttemptErrorKind = 'timeout' | 'connection' | 'handler-error' | 'aborted';

/** One HTTP attempt of a delivery. */
export interface DeliveryAttempt {
  /** 1 for the first attempt. */
  attempt: number;
  /** When the attempt started, in ms since the epoch. */
  startedAt: number;
  /** From sending the request to the end of the response body (or the error), in ms. */
  latencyMs: number;
  /** The response status, or `null` when there was no response. */
  status: number | null;
  /** Why there was no response, or `null` when there was one. */
  error: { kind: AttemptErrorKind; message: string } | null;
  /** The first 500 characters of the response body (receivers explain their 4xx there). */
  responseBody: string | null;
  /** Whether the receiver acknowledged the delivery (a 2xx status). */
  acknowledged: boolean;
}

/**
 * Why a delivery failed: `exhausted` (every attempt of the schedule failed), `gone` (the receiver
 * answered 410 Gone: like Standard Webhooks senders, hookproof stops retrying that delivery at
 * once) or `aborted` (the caller's `AbortSignal` fired before it was acknowledged).
 */
export type DeliveryFailure = 'exhausted' | 'gone' | 'aborted';

/** One delivery of one webhook: a first delivery, or its duplicate. */
export interface DeliveryRecord {
  /** The position of the webhook in the input list. */
  index: number;
  /** 1, or 2 for the duplicate delivery (`duplicate: true`). */
  copy: 1 | 2;
  /** When this delivery started, relative to the others (0 first): differs from the input order under `shuffle`. */
  sequence: number;
  provider: Provider;
  /** The catalogue variant, when it is one. */
  variant: VariantId | null;
  /** The event's `id` (both providers' payloads carry one), or `null`. */
  eventId: string | null;
  /** Kustom's `webhook-id`: the same on every attempt and on the duplicate. `null` for Kushki. */
  webhookId: string | null;
  outcome: 'delivered' | 'failed';
  /** Why it failed, or `null` when delivered. */
  failure: DeliveryFailure | null;
  attempts: DeliveryAttempt[];
}

/** Counts over a report. */
export interface DeliveryTotals {
  /** Webhooks in the input. */
  webhooks: number;
  /** Deliveries (twice the webhooks with `duplicate`). */
  deliveries: number;
  delivered: number;
  failed: number;
  /** HTTP attempts over all deliveries. */
  attempts: number;
}

/**
 * What `sendWebhook` and `sendAll` resolve with. `deliveries` is in input order (each webhook's
 * first delivery, then its duplicate); every one is there, delivered or failed.
 *
 * @example
 * const report = await sendAll({ target: url });
 * expect(report.ok).toBe(true);
 * for (const d of report.deliveries) console.log(d.variant, d.outcome, d.attempts.map((a) => a.status ?? a.error?.kind));
 */
export interface DeliveryReport {
  /** Whether every delivery was acknowledged with a 2xx. */
  ok: boolean;
  deliveries: DeliveryRecord[];
  totals: DeliveryTotals;
  /** The seed the order was shuffled with (pass it as `shuffle` to replay the order), or `null`. */
  shuffleSeed: number | null;
  /** Wall time of the whole send, in ms. */
  durationMs: number;
}

/** Builds the report from the finished deliveries. */
export function buildReport(webhooks: number, records: DeliveryRecord[], shuffleSeed: number | null, durationMs: number): DeliveryReport {
  const deliveries = [...records].sort((a, b) => a.index - b.index || a.copy - b.copy);
  const delivered = deliveries.filter((d) => d.outcome === 'delivered').length;
  return {
    ok: delivered === deliveries.length,
    deliveries,
    totals: {
      webhooks,
      deliveries: deliveries.length,
      delivered,
      failed: deliveries.length - delivered,
      attempts: deliveries.reduce((n, d) => n + d.attempts.length, 0),
    },
    shuffleSeed,
    durationMs,
  };
}
