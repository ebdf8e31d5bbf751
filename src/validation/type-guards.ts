/** Type guards: whether a value is a valid payload of one variant. */
import type { VariantId, WebhookByVariant } from '../catalogue/variant-catalogue.js';
import { parseWebhook } from './parse-webhook.js';

/**
 * Whether `value` is a valid, already parsed payload of `variant`. Raw bodies (strings, bytes) are not
 * payloads: pass them to `parseWebhook`.
 *
 * @example
 * if (isWebhookOf('kushki.card.declined', body)) console.log(body.code);
 */
export function isWebhookOf<V extends VariantId>(variant: V, value: unknown): value is WebhookByVariant[V] {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return false;
  return parseWebhook(value, { variant }).ok;
}

/** One guard per variant, named after its type: `isKushkiCardApproved(value)`. */
const guard =
  <V extends VariantId>(variant: V) =>
  (value: unknown): value is WebhookByVariant[V] =>
    isWebhookOf(variant, value);

export const isKustomIppSessionCreated = guard('kustom.ipp.session.created');
export const isKustomIppSessionActivated = guard('kustom.ipp.session.activated');
export const isKustomIppSessionFinalized = guard('kustom.ipp.session.finalized');
export const isKustomIppSessionCancelled = guard('kustom.ipp.session.cancelled');
export const isKushkiCardApproved = guard('kushki.card.approved');
export const isKushkiCardDeclined = guard('kushki.card.declined');
export const isKushkiTransferApproved = guard('kushki.transfer.approved');
export const isKushkiTransferDeclined = guard('kushki.transfer.declined');
export const isKushkiCashApproved = guard('kushki.cash.approved');
export const isKushkiCashExpired = guard('kushki.cash.expired');
