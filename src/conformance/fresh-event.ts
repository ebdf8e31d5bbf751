/**
 * Fresh events for the checks beyond the happy path: a copy of a variant's documented example with
 * every identifier a receiver may key its state on drawn anew (event id; Kushki `transactionReference`,
 * `token`, `smartLink`, `ticketNumber`; Kustom `session_id`, `order_id`) and a current timestamp. Each
 * check sends its own, so a receiver that deduplicates or stores by any of them sees a new event, and
 * one bug fails one row.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { VariantId } from '../catalogue/variant-catalogue.js';
import { variantExamples } from '../generated/catalogue.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `length` random characters of `alphabet`. */
function randomString(alphabet: string, length: number): string {
  return Array.from(randomBytes(length), (b) => alphabet[b % alphabet.length]).join('');
}

/** Kustom's RFC 3339 timestamp with nanoseconds, as in the documents' examples. */
function kustomTimestamp(at: Date): string {
  return at.toISOString().replace(/\.(\d{3})Z$/, (_, ms: string) => `.${ms}${randomString('0123456789', 6)}Z`);
}

/**
 * A copy of the variant's example with fresh identifiers, typed loosely: checks break it on purpose.
 *
 * @example
 * const a = freshEvent('kushki.card.approved');
 * const b = freshEvent('kushki.card.approved');
 * a.transactionReference !== b.transactionReference; // true
 */
export function freshEvent(variant: VariantId): Record<string, unknown> {
  const example = variantExamples.find((e) => e.variant === variant)?.payload;
  const event = structuredClone(example) as Record<string, unknown>;
  if (variant.startsWith('kushki.')) {
    event.id = randomUUID();
    event.transactionReference = randomUUID();
    event.token = randomBytes(16).toString('hex');
    event.smartLink = randomString(`${BASE62}_`, 9);
    if (typeof event.ticketNumber === 'string') event.ticketNumber = randomString('0123456789', event.ticketNumber.length);
    event.created = Date.now();
    return event;
  }
  event.id = `kevt_${randomString(BASE62, 22)}`;
  event.timestamp = kustomTimestamp(new Date());
  const data = event.data as Record<string, unknown>;
  data.session_id = randomUUID();
  if (data.order_id !== null) data.order_id = randomUUID();
  return event;
}
