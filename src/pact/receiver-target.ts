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
  kustom?: KustomSecret | readonly KustomSecret[] | undefined;
  /** The Kushki webhook signature secret. Default: `testSecrets.kushki`. */
  kushki?: string | undefined;
}

/** Where the receiver under test listens and how its deliveries are signed. */
export interface ReceiverTarget {
  /**
   * The receiver: a base URL (`http://127.0.0.1:3000`, webhooks go to `/webhooks/<provider>`), or the
   * webhook URL itself when it has a path other than `/` (`http://127.0.0.1:3000/custom/hook`, used
   * exactly as given; `{provider}` stands for `kustom` or `kushki`).
   */
  url: string;
  /**
   * The webhook path, appended to the URL's own path. With both providers it must hold `{provider}`
   * (`/api/{provider}/hook`); with one it may. Default: the URL's path, else `/webhooks/<provider>`.
   */
  path?: string | undefined;
  /** The webhook path of each provider, appended to the URL's own path. */
  paths?: Partial<Record<Provider, string>> | undefined;
  /** One secret for both providers, or per provider. Default: hookproof's public test secrets. */
  secret?: string | undefined;
  secrets?: ReceiverSecrets | undefined;
}

/** The providers a selection stands for, in catalogue order. */
export function selectedProviders(selection: ProviderSelection): Provider[] {
  return selection === 'all' ? ['kustom', 'kushki'] : [selection];
}

/** `{provider}` as `new URL` encodes it in a path. */
const ENCODED_PLACEHOLDER = /%7Bprovider%7D/gi;

/**
 * The full URL a provider's webhooks are posted to. An explicit path (`paths[provider]`, or `path`
 * when one provider is verified or it holds `{provider}`) is appended to the URL's own path; else a
 * URL with a path other than `/` is used as given; else the default `/webhooks/<provider>`.
 * `{provider}` is replaced by the provider in either.
 *
 * @example
 * endpointOf({ url: 'http://127.0.0.1:3000' }, 'kushki', false).href; // 'http://127.0.0.1:3000/webhooks/kushki'
 * endpointOf({ url: 'http://127.0.0.1:3000/custom/hook' }, 'kushki', true).href; // 'http://127.0.0.1:3000/custom/hook'
 * endpointOf({ url: 'http://127.0.0.1:3000/api', path: '/{provider}/hook' }, 'kustom', false).href; // 'http://127.0.0.1:3000/api/kustom/hook'
 */
export function endpointOf(target: ReceiverTarget, provider: Provider, single: boolean): URL {
  const path =
    target.paths?.[provider] ?? (target.path !== undefined && (single || target.path.includes('{provider}')) ? target.path : undefined);
  const endpoint = new URL(target.url);
  if (path !== undefined) {
    endpoint.pathname = `${endpoint.pathname.replace(/\/+$/, '')}/${path.replaceAll('{provider}', provider).replace(/^\/+/, '')}`;
  } else if (endpoint.pathname !== '/') {
    endpoint.pathname = endpoint.pathname.replace(ENCODED_PLACEHOLDER, provider);
  } else {
    endpoint.pathname = CONTRACT_PATHS[provider];
  }
  return endpoint;
}

/** The secrets to sign with, defaults filled in. */
export function secretsOf(target: ReceiverTarget): { kustom: KustomSecret | readonly KustomSecret[]; kushki: string } {
  return {
    kustom: target.secrets?.kustom ?? target.secret ?? testSecrets.kustom,
    kushki: target.secrets?.kushki ?? target.secret ?? testSecrets.kushki,
  };
}
