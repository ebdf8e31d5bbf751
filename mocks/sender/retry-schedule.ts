/** When a sender tries a delivery: the delay before each attempt, in milliseconds. */

/**
 * The retry schedule of Standard Webhooks senders (Svix, and Kustom's deliveries modelled on them):
 * immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h after the previous failure: eight
 * attempts over about 27 hours. The library default.
 *
 * @example
 * import { sendWebhook, standardWebhooksSchedule } from 'hookproof/sender';
 * await sendWebhook({ variant: 'kushki.cash.approved', target: url, schedule: standardWebhooksSchedule });
 * @see https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md#deliverability-and-reliability
 */
export const standardWebhooksSchedule: readonly number[] = Object.freeze([
  0,
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
]);

/**
 * A schedule for test suites: four attempts within 70 ms (immediately, then 10, 20 and 40 ms later).
 *
 * @example
 * const report = await sendWebhook({ variant: 'kushki.card.approved', target: app.fetch, schedule: fastSchedule });
 */
export const fastSchedule: readonly number[] = Object.freeze([0, 10, 20, 40]);

/**
 * A schedule of `retries` retries after the first attempt, doubling from `firstDelayMs`
 * (`retrySchedule(3, 100)` is `[0, 100, 200, 400]`).
 *
 * @example
 * await sendAll({ target: url, schedule: retrySchedule(2, 50) }); // 3 attempts: 0, 50, 100 ms
 */
export function retrySchedule(retries: number, firstDelayMs = 100): number[] {
  if (!Number.isInteger(retries) || retries < 0) throw new RangeError(`retries must be a non-negative integer, got ${retries}`);
  if (!(firstDelayMs >= 0) || !Number.isFinite(firstDelayMs))
    throw new RangeError(`firstDelayMs must be a non-negative number, got ${firstDelayMs}`);
  return [0, ...Array.from({ length: retries }, (_, i) => firstDelayMs * 2 ** i)];
}
