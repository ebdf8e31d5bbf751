/**
 * Where the provider documents contradict themselves, the default profile accepts both readings and
 * the typed `event` presents the examples' reading (see docs/decisions/0010-two-validation-profiles.md).
 * Normalising never mutates the caller's value: it makes a shallow copy, and only when a field differs.
 */
import type { ParseWarning } from './example-rule-issues.js';

type Payload = Record<string, unknown>;

/** Below this, `created` is read as Unix seconds: as milliseconds it would be before September 2001. */
export const KUSHKI_MILLISECONDS_FROM = 1e12;

/**
 * The Kushki payload in the examples' reading: `syncMetadata` the string `"true"`/`"false"` (the table
 * says boolean), `product` an array (the table says object), `created` in milliseconds (the table's
 * "Unix Timestamp" may mean seconds). The same object when nothing differs.
 */
export function normaliseKushki(o: Payload): Payload {
  const sync = o.syncMetadata;
  const product = o.product;
  const created = o.created;
  const seconds = typeof created === 'number' && created >= 0 && created < KUSHKI_MILLISECONDS_FROM;
  if (typeof sync !== 'boolean' && Array.isArray(product) && !seconds) return o;
  const copy = { ...o };
  if (typeof sync === 'boolean') copy.syncMetadata = String(sync);
  if (!Array.isArray(product)) copy.product = [product];
  if (seconds) copy.created = Math.round(created * 1000);
  return copy;
}

/** The Kustom payload under its canonical event type, and the warning that says so. */
export function normaliseKustomType(o: Payload, canonical: string): { event: Payload; warning: ParseWarning } {
  return {
    event: { ...o, type: canonical },
    warning: {
      path: '/type',
      message: `${JSON.stringify(o.type)} is read as ${JSON.stringify(canonical)}`,
      keyword: 'variant',
      hint: `Divergence: Kustom's "Order Management after completion" section says "Once an ${String(o.type)} callback is received"; the event table and the payloads say ${JSON.stringify(canonical)}. Rejected under strict.`,
    },
  };
}
