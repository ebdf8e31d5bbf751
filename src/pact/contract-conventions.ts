/**
 * The conventions shared by the generated contracts and their verification: participant names,
 * receiver paths, provider state names, and how an interaction names its variant.
 */
import type { Provider, VariantId } from '../catalogue/variant-catalogue.js';

/** The Pact provider: the merchant's receiver under test. */
export const DEFAULT_PACT_PROVIDER = 'merchant-webhook-receiver';

/** The receiver paths the contracts post to; `verifyReceiver` maps them onto the receiver's real endpoints. */
export const CONTRACT_PATHS: Record<Provider, string> = { kustom: '/webhooks/kustom', kushki: '/webhooks/kushki' };

/** The Pact consumer of a provider's contract: the provider's webhook sender. */
export function contractConsumer(provider: Provider): string {
  return `${provider}-webhooks`;
}

/** The file name pact-js gives a contract. */
export function contractFileName(provider: Provider, pactProvider = DEFAULT_PACT_PROVIDER): string {
  return `${contractConsumer(provider)}-${pactProvider}.json`;
}

/** The variant id an interaction's description starts with (`kushki.card.approved: ...`). */
export function variantOfDescription(description: string): VariantId | undefined {
  const id = description.split(':')[0];
  return id as VariantId | undefined;
}

export interface ProviderState {
  name: string;
  params: Record<string, string>;
}

/**
 * The provider state an interaction is given, named so that a merchant can seed its database:
 * the Kushki smart link the payment was made through, the IPP session (and, once finalized, its order).
 */
export function providerStateOf(variant: VariantId, payload: Record<string, unknown>): ProviderState {
  if (variant.startsWith('kushki.')) {
    const smartLink = String(payload.smartLink);
    return {
      name: `a Kushki smart link ${smartLink} exists`,
      params: { smartLink, transactionReference: String(payload.transactionReference) },
    };
  }
  const data = payload.data as { session_id: string; order_id: string | null };
  if (variant === 'kustom.ipp.session.finalized') {
    return {
      name: 'an IPP session was finalized with an authorized order',
      params: { session_id: data.session_id, order_id: String(data.order_id) },
    };
  }
  return { name: 'an IPP session exists', params: { session_id: data.session_id } };
}
