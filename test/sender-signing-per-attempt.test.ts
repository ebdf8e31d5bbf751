/**
 * The sender signs every attempt anew. A sender that signed once per webhook and reused the headers
 * would send every retry with the first attempt's `X-Kushki-Id` / `webhook-timestamp`: stale after
 * the first long delay, so a receiver that checks the replay window refuses every later retry.
 * Fake timers run the real 27-hour schedule in milliseconds; `Date` is faked with them, so the sender's
 * clock and the receiver's agree.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DeliveryReport, sendWebhook, standardWebhooksSchedule } from '../mocks/sender/index.js';
import type { VariantId } from '../src/index.js';
import { inProcessReceiver } from './sender-receiver.js';

// A start with milliseconds, so that a header holding seconds where milliseconds belong (or the reverse) shows.
const START = new Date('2026-06-05T18:41:07.123Z');

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

/** Sends one webhook on the Standard Webhooks schedule to a receiver that verifies each attempt and fails verified ones with 500. */
async function sendThroughEveryRetry(variant: VariantId) {
  // 500 to a verified attempt (so the sender retries), 401 to one whose signature or timestamp fails.
  const app = inProcessReceiver((r) => (r.rejection === null ? 500 : 401));
  let report: DeliveryReport | undefined;
  const sending = sendWebhook({ variant, target: app.handler, schedule: standardWebhooksSchedule }).then((r) => (report = r));
  await vi.runAllTimersAsync();
  await sending;
  return { app, attempts: report?.deliveries[0]?.attempts ?? [] };
}

describe('sender > signing per attempt', () => {
  const providers: [string, VariantId][] = [
    ['Kushki', 'kushki.card.approved'],
    ['Kustom', 'kustom.ipp.session.finalized'],
  ];

  it.each(providers)(
    'signing per attempt > a %s receiver that verifies signatures accepts every retry of the 27-hour schedule',
    async (_p, variant) => {
      const { app, attempts } = await sendThroughEveryRetry(variant);
      expect(attempts.map((a) => a.status)).toEqual(Array(8).fill(500));
      // The retries after 5 min, 30 min, 2 h, ... are still fresh: each was signed when it was sent.
      expect(app.received.map((r) => r.rejection)).toEqual(Array(8).fill(null));
    },
  );

  it("signing per attempt > each Kushki attempt's X-Kushki-Id is its start time in milliseconds", async () => {
    const { app, attempts } = await sendThroughEveryRetry('kushki.card.approved');
    const starts = attempts.map((a) => a.startedAt);
    expect(starts[0]).toBe(START.getTime());
    expect(app.received.map((r) => Number(r.headers['x-kushki-id']))).toEqual(starts);
    // The signature covers the new id too: the simple signature (of the id alone) differs per attempt.
    expect(new Set(app.received.map((r) => r.headers['x-kushki-simplesignature'])).size).toBe(8);
  });

  it("signing per attempt > each Kustom attempt's webhook-timestamp is its start second; webhook-id stays the same", async () => {
    const { app, attempts } = await sendThroughEveryRetry('kustom.ipp.session.finalized');
    const seconds = attempts.map((a) => Math.floor(a.startedAt / 1000));
    expect(seconds[0]).toBe(Math.floor(START.getTime() / 1000));
    expect(app.received.map((r) => Number(r.headers['webhook-timestamp']))).toEqual(seconds);
    expect(new Set(app.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(new Set(app.received.map((r) => r.headers['webhook-signature'])).size).toBe(8);
  });
});
