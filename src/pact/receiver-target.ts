/** Where the receiver under test listens, per provider, and the secrets it verifies signatures with. */
import type { Provider } from '../catalogue/variant-catalogue.js';
import type { KustomSecret } from '../signatures/kustom-secret.js';
import { testSecrets } from '../signatures/test-secrets.js';
import { CONTRACT_PATHS } from './contract-conventions.js';

/** Which providers to verify. */
export type ProviderSelection = Provider | 'all';

/** The secrets the receiver under test verifies signatures with, per provider. */
export interface ReceiverSecrets {
  /** The Kustom signing secret(s) (`whsec_...`); two while a secret is rotated. Default: `testSecrets.kustom`. */
  kustom?: KustomSecret | readonly KustomSecret[];
  /** The Kushki webhook signature secret. Default: `testSecrets.kushki`. */
  kushki?: string;
}

/** Where the receiver under test listens and how its deliveries are signed. */
export interface ReceiverTarget {
  /** The receiver's base URL (`http://127.0.0.1:3000`). */
  url: string;
  /** The webhook path when one provider is verified. Default: `/webhooks/<provider>`. */
  path?: string;
  /** The webhook path of each provider. Default: `/webhooks/kustom`, `/webhooks/kushki`. */
  paths?: Partial<Record<Provider, string>>;
  /** One secret for both providers, or per provider. Default: hookproof's public test secrets. */
  secret?: string;
  secrets?: ReceiverSecrets;
}

/** The providers a selection stands for, in catalogue order. */
export function selectedProviders(selection: ProviderSelection): Provider[] {
  return selection === 'all' ? ['kustom', 'kushki'] : [selection];
}

/**
 * The full URL a provider's webhooks are posted to: the webhook path appended to the base URL's own
 * path, so `http://host/api/v2` with `/webhooks/kushki` is `http://host/api/v2/webhooks/kushki`.
 */
export function endpointOf(target: ReceiverTarget, provider: Provider, single: boolean): URL {
  const path = target.paths?.[provider] ?? (single ? target.path : undefined) ?? CONTRACT_PATHS[provider];
  const base = new URL(target.url);
  base.pathname = `${base.pathname.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return base;
}

/** The secrets to sign with, defaults filled in. */
export function secretsOf(target: ReceiverTarget): { kustom: KustomSecret | readonly KustomSecret[]; kushki: string } {
  return {
    kustom: target.secrets?.kustom ?? target.secret ?? testSecrets.kustom,
    kushki: target.secrets?.kushki ?? target.secret ?? testSecrets.kushki,
  };
}
