/** The replay window: a signed timestamp must lie within a tolerance of the receiver's clock. */
import { WebhookVerificationError } from './webhook-verification-error.js';

/** Milliseconds since the epoch of a `now` option (a `Date` or a number of milliseconds), or of the clock. */
export function nowMs(now: Date | number | undefined): number {
  if (now === undefined) return Date.now();
  return typeof now === 'number' ? now : now.getTime();
}

/** Parses a header holding a non-negative integer (no sign, no fraction, no exponent). */
export function parseIntegerHeader(value: string, header: string): number {
  if (!/^\d{1,16}$/.test(value)) {
    throw new WebhookVerificationError(
      'malformed-header',
      `${header} must be an integer timestamp, got ${JSON.stringify(value.slice(0, 40))}`,
      header,
    );
  }
  return Number(value);
}

/** Throws `stale-timestamp` / `future-timestamp` when `timestampMs` is further than `toleranceMs` from `now`. */
export function assertWithinTolerance(timestampMs: number, now: number, toleranceMs: number, header: string): void {
  if (!(toleranceMs >= 0)) throw new TypeError(`the timestamp tolerance must be a non-negative number, got ${toleranceMs}`);
  if (now - timestampMs > toleranceMs) {
    throw new WebhookVerificationError(
      'stale-timestamp',
      `${header} is ${Math.round((now - timestampMs) / 1000)} s old, more than the ${Math.round(toleranceMs / 1000)} s tolerance`,
      header,
    );
  }
  if (timestampMs - now > toleranceMs) {
    throw new WebhookVerificationError(
      'future-timestamp',
      `${header} is ${Math.round((timestampMs - now) / 1000)} s in the future, more than the ${Math.round(toleranceMs / 1000)} s tolerance`,
      header,
    );
  }
}
