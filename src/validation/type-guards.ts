/** Type guards: whether a value is a valid payload of one variant. */
import type { VariantId, WebhookByVariant } from '../catalogue/variant-catalogue.js';
import { parseWebhook } from './parse-webhook.js';

/**
 * Whether `value` is a valid, already parsed payload of `variant`, as it is (the default profile). Raw
 * bodies (strings, bytes) are not payloads: pass them to `parseWebhook`. A payload that holds the
 * documents' other reading of a divergence (`syncMetadata: false`, one `product` object, `created` in
 * seconds) is valid but not of the type: this guard says no, and `parseWebhook`'s normalised `event` is it.
 *
 * @example
 * if (isWebhookOf('kushki.card.declined', body)) console.log(body.code);
 */
export function isWebhookOf<V extends VariantId>(variant: V, value: unknown): value is WebhookByVariant[V] {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a quick refusal only: parseWebhook's event is never the raw body itself, so without it the answer is the same (test/type-guards.test.ts)
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return false;
  const result = parseWebhook(value, { variant });
  return result.ok && result.event === value;
}

/** One guard per variant, named after its type: `isKushkiCardApproved(value)`. */
const guard =
  <V extends VariantId>(variant: V) =>
  (value: unknown): value is WebhookByVariant[V] =>
    isWebhookOf(variant, value);

/** Whether a value is a valid, parsed `kustom.ipp.session.created` payload. */
export const isKustomIppSessionCreated = guard('kustom.ipp.session.created');
/** Whether a value is a valid, parsed `kustom.ipp.session.activated` payload. */
export const isKustomIppSessionActivated = guard('kustom.ipp.session.activated');
/** Whether a value is a valid, parsed `kustom.ipp.session.finalized` payload. */
export const isKustomIppSessionFinalized = guard('kustom.ipp.session.finalized');
/** Whether a value is a valid, parsed `kustom.ipp.session.cancelled` payload. */
export const isKustomIppSessionCancelled = guard('kustom.ipp.session.cancelled');
/** Whether a value is a valid, parsed `kushki.card.approved` payload. */
export const isKushkiCardApproved = guard('kushki.card.approved');
/** Whether a value is a valid, parsed `kushki.card.declined` payload. */
export const isKushkiCardDeclined = guard('kushki.card.declined');
/** Whether a value is a valid, parsed `kushki.transfer.approved` payload. */
export const isKushkiTransferApproved = guard('kushki.transfer.approved');
/** Whether a value is a valid, parsed `kushki.transfer.declined` payload. */
export const isKushkiTransferDeclined = guard('kushki.transfer.declined');
/** Whether a value is a valid, parsed `kushki.cash.approved` payload. */
export const isKushkiCashApproved = guard('kushki.cash.approved');
/** Whether a value is a valid, parsed `kushki.cash.expired` payload. */
export const isKushkiCashExpired = guard('kushki.cash.expired');
