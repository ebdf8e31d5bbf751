/**
 * `GET /matrix`: the rows of verification results between an application version and the versions
 * of its integrations in an environment, and the can-i-deploy verdict computed from those rows
 * (https://docs.pact.io/pact_broker/can_i_deploy, https://docs.pact.io/pact_broker/advanced_topics/matrix_selectors).
 * Supported queries: one selector with `environment` (what `pact-broker can-i-deploy --to-environment`
 * sends), or several selectors with versions (the rows between those versions).
 */
import { type HalLink, paths } from './broker-hal.js';
import type { BrokerStore, PublishedPact, VerificationResult } from './broker-store.js';

export interface MatrixSelector {
  pacticipant: string;
  version?: string;
}

export interface MatrixQuery {
  selectors: MatrixSelector[];
  environment?: string;
}

/** Parses `q[][pacticipant]=A&q[][version]=1&environment=production`: each `pacticipant` starts a selector. */
export function parseMatrixQuery(search: URLSearchParams): MatrixQuery {
  const selectors: MatrixSelector[] = [];
  for (const [key, value] of search) {
    if (key === 'q[][pacticipant]') selectors.push({ pacticipant: value });
    else if (key === 'q[][version]' && selectors.length > 0) (selectors[selectors.length - 1] as MatrixSelector).version = value;
  }
  const environment = search.get('environment') ?? undefined;
  return environment === undefined ? { selectors } : { selectors, environment };
}

interface Pair {
  pact: PublishedPact;
  providerVersion: string;
}

function latestVerification(store: BrokerStore, pair: Pair): VerificationResult | undefined {
  const found = store.verifications.filter(
    (v) => v.sha === pair.pact.sha && v.provider === pair.pact.provider && v.providerVersion === pair.providerVersion,
  );
  return found[found.length - 1];
}

/** The pairs to check: the selected version against every version of its integrations in the environment. */
function pairsInEnvironment(store: BrokerStore, selector: Required<MatrixSelector>, environmentName: string): Pair[] | string {
  const environment = store.environments.find((e) => e.name === environmentName);
  if (!environment) return `Environment with name '${environmentName}' does not exist`;
  const pairs: Pair[] = [];
  const { pacticipant: name, version } = selector;
  const consumers = new Set(store.pacts.filter((p) => p.provider === name).map((p) => p.consumer));
  for (const consumer of consumers) {
    for (const consumerVersion of store.versionsInEnvironment(consumer, environment)) {
      const pact = store.findPact(consumer, name, consumerVersion);
      if (pact) pairs.push({ pact, providerVersion: version });
    }
  }
  for (const pact of store.pacts.filter((p) => p.consumer === name && p.consumerVersion === version)) {
    for (const providerVersion of store.versionsInEnvironment(pact.provider, environment)) pairs.push({ pact, providerVersion });
  }
  return pairs;
}

/** The pairs between explicitly selected versions. */
function pairsBetween(store: BrokerStore, selectors: Required<MatrixSelector>[]): Pair[] {
  const pairs: Pair[] = [];
  for (const consumer of selectors) {
    for (const provider of selectors) {
      const pact = store.findPact(consumer.pacticipant, provider.pacticipant, consumer.version);
      if (pact) pairs.push({ pact, providerVersion: provider.version });
    }
  }
  return pairs;
}

function row(base: string, store: BrokerStore, pair: Pair) {
  const verification = latestVerification(store, pair);
  const self = (path: string): { self: HalLink } => ({ self: { href: `${base}${path}` } });
  return {
    consumer: {
      name: pair.pact.consumer,
      version: { number: pair.pact.consumerVersion, _links: self(paths.version(pair.pact.consumer, pair.pact.consumerVersion)) },
    },
    provider: {
      name: pair.pact.provider,
      version: { number: pair.providerVersion, _links: self(paths.version(pair.pact.provider, pair.providerVersion)) },
    },
    pact: { createdAt: pair.pact.createdAt, _links: self(paths.pactOfConsumerVersion(pair.pact)) },
    verificationResult: verification
      ? { success: verification.success, verifiedAt: verification.verifiedAt, _links: self(paths.verification(verification)) }
      : null,
  };
}

/** The matrix resource, or the validation errors the broker would answer 400 with. */
export function matrixResource(base: string, store: BrokerStore, query: MatrixQuery): { errors: string[] } | Record<string, unknown> {
  const errors: string[] = [];
  const selectors: Required<MatrixSelector>[] = [];
  for (const s of query.selectors) {
    if (s.version === undefined) errors.push(`Please specify a version for ${s.pacticipant} (the stand-in broker resolves no 'latest')`);
    else if (!store.findVersion(s.pacticipant, s.version))
      errors.push(`No pacticipant version found for ${s.pacticipant} version ${s.version}`);
    else selectors.push({ pacticipant: s.pacticipant, version: s.version });
  }
  if (query.selectors.length === 0) errors.push('Please provide 1 or more version selectors.');
  if (errors.length > 0) return { errors };

  let pairs: Pair[];
  if (query.environment !== undefined) {
    const found = selectors.flatMap((s) => {
      const result = pairsInEnvironment(store, s, query.environment as string);
      if (typeof result === 'string') errors.push(result);
      return typeof result === 'string' ? [] : result;
    });
    pairs = found;
  } else {
    pairs = pairsBetween(store, selectors);
  }
  if (errors.length > 0) return { errors };

  const rows = pairs.map((p) => row(base, store, p));
  const success = rows.filter((r) => r.verificationResult?.success === true).length;
  const failed = rows.filter((r) => r.verificationResult?.success === false).length;
  const unknown = rows.length - success - failed;
  const missing = rows
    .filter((r) => r.verificationResult === null)
    .map(
      (r) =>
        `There is no verified pact between ${r.consumer.name} (${r.consumer.version.number}) and ${r.provider.name} (${r.provider.version.number})`,
    );
  const failures = rows
    .filter((r) => r.verificationResult?.success === false)
    .map(
      (r) =>
        `The verification for the pact between ${r.consumer.name} (${r.consumer.version.number}) and ${r.provider.name} (${r.provider.version.number}) failed`,
    );
  const deployable = failed === 0 && unknown === 0;
  const reason =
    rows.length === 0
      ? 'There are no missing dependencies'
      : deployable
        ? 'All required verification results are published and successful'
        : [...failures, ...missing].join('; ');
  const notices = deployable ? [{ type: 'success', text: reason }] : [...failures, ...missing].map((text) => ({ type: 'error', text }));
  return { summary: { deployable, reason, success, failed, unknown }, notices, matrix: rows };
}
