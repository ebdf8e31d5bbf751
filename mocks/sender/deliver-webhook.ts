/** One delivery: attempts on the retry schedule until a 2xx, a 410, the end of the schedule or an abort. */

import { type AttemptClock, startAttemptGuard } from './attempt-guard.js';
import type { AttemptErrorKind, DeliveryAttempt, DeliveryFailure, DeliveryRecord } from './delivery-report.js';
import type { PreparedWebhook } from './prepare-webhook.js';
import { type SigningConfig, signAttempt } from './sender-signing.js';
import { AttemptTimeoutError, HandlerError, postWebhook, type ResolvedTarget } from './webhook-target.js';

/** Everything an attempt needs besides the webhook. */
export interface DeliveryContext {
  target: ResolvedTarget;
  signing: SigningConfig;
  schedule: readonly number[];
  headers: Record<string, string>;
  signal: AbortSignal | undefined;
  fetch: typeof fetch;
}

const MAX_RESPONSE_BODY = 500;

/** Waits `ms` (with the global `setTimeout`, so fake timers apply); returns early when the signal aborts. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  // undici reports "fetch failed" and puts the socket error (ECONNREFUSED, ...) in `cause`.
  if (cause instanceof Error) return cause.message || (cause as { code?: string }).code || error.message;
  return error.message;
}

function classify(error: unknown, timedOut: boolean, callerAborted: boolean): { kind: AttemptErrorKind; message: string } {
  if (timedOut) return { kind: 'timeout', message: error instanceof AttemptTimeoutError ? error.message : 'no response in time' };
  if (callerAborted) return { kind: 'aborted', message: 'the send was aborted' };
  if (error instanceof HandlerError) return { kind: 'handler-error', message: error.message };
  return { kind: 'connection', message: describe(error) };
}

async function attemptOnce(
  webhook: PreparedWebhook,
  attempt: number,
  context: DeliveryContext,
  clock: AttemptClock,
): Promise<DeliveryAttempt> {
  const guard = startAttemptGuard(context.target.kind, clock, context.signal);
  const startedAt = Date.now();
  const started = performance.now();
  try {
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'hookproof-sender',
      ...context.headers,
      ...webhook.headers,
      ...(webhook.sign ? signAttempt(webhook, context.signing) : {}),
    };
    const response = await postWebhook(context.target, {
      headers,
      body: webhook.body,
      guard,
      fetch: context.fetch,
      provider: webhook.provider,
    });
    return {
      attempt,
      startedAt,
      latencyMs: Math.round(performance.now() - started),
      status: response.status,
      error: null,
      responseBody: response.body.slice(0, MAX_RESPONSE_BODY),
      acknowledged: response.status >= 200 && response.status < 300,
    };
  } catch (error) {
    return {
      attempt,
      startedAt,
      latencyMs: Math.round(performance.now() - started),
      status: null,
      error: classify(error, guard.timedOut, context.signal?.aborted === true),
      responseBody: null,
      acknowledged: false,
    };
  } finally {
    guard.dispose();
  }
}

/** Delivers one webhook, timing its attempts on the worker's `clock`; never throws: every outcome is a record. */
export async function deliverWebhook(
  webhook: PreparedWebhook,
  copy: 1 | 2,
  sequence: number,
  context: DeliveryContext,
  clock: AttemptClock,
): Promise<DeliveryRecord> {
  const attempts: DeliveryAttempt[] = [];
  let failure: DeliveryFailure | null = 'exhausted';
  const { schedule } = context;
  for (let i = 0; i < schedule.length; i++) {
    const delay = schedule[i] as number;
    if (delay > 0) await pause(delay, context.signal);
    if (context.signal?.aborted) {
      failure = 'aborted';
      break;
    }
    const attempt = await attemptOnce(webhook, i + 1, context, clock);
    attempts.push(attempt);
    if (attempt.acknowledged) {
      failure = null;
      break;
    }
    if (attempt.error?.kind === 'aborted') {
      failure = 'aborted';
      break;
    }
    if (attempt.status === 410) {
      failure = 'gone';
      break;
    }
  }
  return {
    index: webhook.index,
    copy,
    sequence,
    provider: webhook.provider,
    variant: webhook.variant,
    eventId: webhook.eventId,
    webhookId: webhook.webhookId,
    outcome: failure === null ? 'delivered' : 'failed',
    failure,
    attempts,
  };
}
