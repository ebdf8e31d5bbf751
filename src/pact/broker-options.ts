/**
 * Where hookproof's contracts live when a Pact Broker holds them, and how a verification takes them
 * from it: the options of the Pact verifier's broker source, named as Pact's own CLIs name them.
 */
import { PactBrokerError } from './broker-error.js';
import { DEFAULT_PACT_PROVIDER } from './contract-conventions.js';

/**
 * Which consumer versions' pacts to verify, as the broker's `for-verification` endpoint takes them.
 * @see https://docs.pact.io/pact_broker/advanced_topics/consumer_version_selectors
 */
export interface ConsumerVersionSelector {
  consumer?: string | undefined;
  mainBranch?: boolean | undefined;
  branch?: string | undefined;
  matchingBranch?: boolean | undefined;
  fallbackBranch?: string | undefined;
  tag?: string | undefined;
  fallbackTag?: string | undefined;
  latest?: boolean | undefined;
  deployedOrReleased?: boolean | undefined;
  deployed?: boolean | undefined;
  released?: boolean | undefined;
  environment?: string | undefined;
}

/**
 * The selectors used when none are given: those the Pact docs call the defaults (the latest pact of
 * each consumer's main branch, and the pacts of every version deployed or released).
 *
 * @example
 * const selectors = [...DEFAULT_CONSUMER_VERSION_SELECTORS, { branch: 'next' }];
 * @see https://docs.pact.io/pact_broker/advanced_topics/consumer_version_selectors
 */
export const DEFAULT_CONSUMER_VERSION_SELECTORS: readonly ConsumerVersionSelector[] = [{ mainBranch: true }, { deployedOrReleased: true }];

/** A Pact Broker (or PactFlow) and its credentials: a token, or a username and password. */
export interface PactBrokerConnection {
  /** The broker's base URL. Default: `$PACT_BROKER_BASE_URL`. */
  url?: string | undefined;
  /** A bearer token. Default: `$PACT_BROKER_TOKEN`. */
  token?: string | undefined;
  /** Basic authentication. Default: `$PACT_BROKER_USERNAME` and `$PACT_BROKER_PASSWORD`. */
  username?: string | undefined;
  password?: string | undefined;
}

/**
 * Verify the pacts a broker selects for the receiver, and optionally publish the results. The names
 * are those of Pact's CLIs (`--provider-version`, `--provider-branch`, `--enable-pending`, ...).
 *
 * @example
 * await verifyReceiver({
 *   provider: 'all',
 *   url: 'http://127.0.0.1:3000',
 *   broker: { url: 'https://broker.example.com', providerName: 'acme-receiver', providerVersion: process.env.GIT_SHA, providerBranch: 'main', publish: true },
 * });
 * @see https://docs.pact.io/pact_broker/advanced_topics/provider_verification_results
 */
export interface PactBrokerOptions extends PactBrokerConnection {
  /** The receiver's name in the broker. Default `merchant-webhook-receiver`. */
  providerName?: string | undefined;
  /** The receiver version verified (a git sha): required to publish results. */
  providerVersion?: string | undefined;
  /** The receiver version's branch: recorded with the results, and decides which pacts are pending. */
  providerBranch?: string | undefined;
  /** Tags of the receiver version (the older alternative to branches). */
  providerTags?: string[] | undefined;
  /** Default: `DEFAULT_CONSUMER_VERSION_SELECTORS`, the latest of each main branch and every deployed or released version. */
  consumerVersionSelectors?: ConsumerVersionSelector[] | undefined;
  /** Pacts this receiver branch has never verified successfully do not fail the run. */
  enablePending?: boolean | undefined;
  /** Also verify work-in-progress pacts published since this date (ISO 8601); needs `enablePending`. */
  includeWipPactsSince?: string | undefined;
  /** Publish the contract rows' results to the broker (needs `providerVersion`). */
  publish?: boolean | undefined;
}

/** Connection settings with the environment's defaults filled in and checked. */
export interface ResolvedConnection {
  url: string;
  token?: string | undefined;
  username?: string | undefined;
  password?: string | undefined;
}

export type ResolvedBrokerOptions = ResolvedConnection & Omit<PactBrokerOptions, keyof PactBrokerConnection> & { providerName: string };

/** The connection, from the options first, then `PACT_BROKER_*` variables; a token wins over a username. */
export function resolveConnection(options: PactBrokerConnection, env: NodeJS.ProcessEnv = process.env): ResolvedConnection {
  const url = options.url ?? (env.PACT_BROKER_BASE_URL || undefined);
  if (!url) throw new PactBrokerError('no broker URL: give --broker-url or set PACT_BROKER_BASE_URL');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new PactBrokerError(`broker URL ${JSON.stringify(url)} is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new PactBrokerError(`broker URL ${url} is not http(s)`);
  const token = options.token ?? env.PACT_BROKER_TOKEN;
  const username = options.username ?? env.PACT_BROKER_USERNAME;
  const password = options.password ?? env.PACT_BROKER_PASSWORD;
  if (token) return { url: url.replace(/\/+$/, ''), token };
  if (username !== undefined && password === undefined)
    throw new PactBrokerError('a broker username needs a password (--broker-password or PACT_BROKER_PASSWORD)');
  return { url: url.replace(/\/+$/, ''), ...(username !== undefined ? { username, password } : {}) };
}

/** The verification's broker options, checked: what a Pact CLI would refuse is refused before the run. */
export function resolveBrokerOptions(options: PactBrokerOptions, env: NodeJS.ProcessEnv = process.env): ResolvedBrokerOptions {
  const connection = resolveConnection(options, env);
  if (options.publish && !options.providerVersion)
    throw new PactBrokerError('publishing results needs the receiver version (--provider-version)');
  if (options.includeWipPactsSince !== undefined) {
    if (Number.isNaN(Date.parse(options.includeWipPactsSince))) {
      throw new PactBrokerError(`--include-wip-pacts-since ${JSON.stringify(options.includeWipPactsSince)} is not a date (use 2026-01-31)`);
    }
    if (!options.enablePending) throw new PactBrokerError('work-in-progress pacts are pending pacts: add --enable-pending');
  }
  const { url: _url, token: _token, username: _username, password: _password, ...rest } = options;
  const selectors = options.consumerVersionSelectors?.length ? options.consumerVersionSelectors : [...DEFAULT_CONSUMER_VERSION_SELECTORS];
  return { ...rest, ...connection, providerName: options.providerName ?? DEFAULT_PACT_PROVIDER, consumerVersionSelectors: selectors };
}

/** Parses `--consumer-version-selectors`: a JSON array of selectors (or one selector). */
export function parseConsumerVersionSelectors(json: string): ConsumerVersionSelector[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new PactBrokerError(`--consumer-version-selectors is not JSON: ${json}`);
  }
  const list = Array.isArray(value) ? value : [value];
  list.forEach((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      throw new PactBrokerError(`--consumer-version-selectors[${i}] must be an object like {"mainBranch": true}`);
    }
  });
  return list as ConsumerVersionSelector[];
}
