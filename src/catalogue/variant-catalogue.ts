/**
 * The variant catalogue: every documented webhook variant of every provider, with a stable id.
 * Generated from the `x-hookproof` keyword of each schema under `schemas/`.
 */

import type { WebhookByVariant } from '../generated/catalogue.js';
import { variantCatalogue } from '../generated/catalogue.js';

export type { WebhookByVariant };

/** One entry of the catalogue. */
export type VariantEntry = (typeof variantCatalogue)[number];

/**
 * A stable variant id such as `kushki.card.declined` or `kustom.ipp.session.finalized`.
 * Test names and CLI arguments depend on these: they never change meaning.
 */
export type VariantId = VariantEntry['id'];

/** A provider hookproof models. */
export type Provider = VariantEntry['provider'];

/** The provider of a variant id, as a type: `ProviderOf<'kushki.card.approved'>` is `'kushki'`. */
export type ProviderOf<V extends VariantId> = Extract<VariantEntry, { id: V }>['provider'];

/** The providers, in catalogue order. */
export const providers: readonly Provider[] = ['kustom', 'kushki'];

/**
 * Every variant, Kustom's session lifecycle first, then Kushki's payment methods and statuses.
 *
 * @example
 * import { variants } from 'hookproof';
 * for (const v of variants) console.log(v.id, v.terminal ? 'terminal' : '');
 * @see https://docs.kustom.co (In-Person Payments, Receive Callbacks) and Kushki's "Webhooks with Payment Button".
 */
export const variants: readonly VariantEntry[] = variantCatalogue;

const byId = new Map<string, VariantEntry>(variants.map((v) => [v.id, v]));

/**
 * Whether a string is a catalogue variant id.
 *
 * @example
 * if (isVariantId(arg)) runVariant(arg);
 */
export function isVariantId(id: unknown): id is VariantId {
  return typeof id === 'string' && byId.has(id);
}

/**
 * The catalogue entry of a variant id, or `undefined` for an unknown id.
 *
 * @example
 * getVariant('kushki.cash.expired')?.trigger; // 'The cash voucher expired without being paid.'
 */
export function getVariant<V extends VariantId>(id: V): Extract<VariantEntry, { id: V }>;
export function getVariant(id: string): VariantEntry | undefined;
export function getVariant(id: string): VariantEntry | undefined {
  return byId.get(id);
}

/**
 * The variants of one provider, in catalogue order.
 *
 * @example
 * variantsOf('kustom').map((v) => v.id); // ['kustom.ipp.session.created', ...]
 */
export function variantsOf<P extends Provider>(provider: P): Extract<VariantEntry, { provider: P }>[] {
  return variants.filter((v): v is Extract<VariantEntry, { provider: P }> => v.provider === provider);
}
