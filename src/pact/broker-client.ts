/**
 * A small HAL client for a Pact Broker: authenticated JSON requests, the index's relations, and the
 * pacts a provider version is to verify (`pb:provider-pacts-for-verification`).
 * @see https://docs.pact.io/pact_broker/advanced_topics/api_docs/pacts_for_verification
 */
import { packageVersion } from '../package-root.js';
import { PactBrokerError } from './broker-error.js';
import type { ResolvedBrokerOptions, ResolvedConnection } from './broker-options.js';
import type { PactFile } from './contract-files.js';

type HalLinks = Record<string, { href?: string } | { href?: string }[] | undefined>;

function authorization(connection: ResolvedConnection): Record<string, string> {
  if (connection.token) return { authorization: `Bearer ${connection.token}` };
  if (connection.username !== undefined) {
    return { authorization: `Basic ${Buffer.from(`${connection.username}:${connection.password ?? ''}`).toString('base64')}` };
  }
  return {};
}

function errorsIn(body: unknown): string {
  const b = body as { errors?: unknown; notices?: { text?: string }[]; detail?: string } | null;
  if (Array.isArray(b?.errors)) return b.errors.map(String).join('; ');
  if (b?.errors && typeof b.errors === 'object') {
    return Object.entries(b.errors as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
      .join('; ');
  }
  if (Array.isArray(b?.notices)) return b.notices.map((n) => n.text ?? '').join('; ');
  return b?.detail ?? '';
}

/** Sends one JSON request to the broker; any answer but 2xx is a `PactBrokerError` that says what to fix. */
export async function brokerRequest(connection: ResolvedConnection, method: string, urlOrPath: string, body?: unknown): Promise<unknown> {
  const url = urlOrPath.startsWith('http') ? urlOrPath : `${connection.url}${urlOrPath}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        accept: 'application/hal+json, application/json',
        'user-agent': `hookproof/${packageVersion()}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...authorization(connection),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error instanceof Error ? error.message : String(error));
    throw new PactBrokerError(`broker unreachable at ${connection.url}: ${cause}`);
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    // not JSON: reported below when the status is an error
  }
  if (response.status === 401 || response.status === 403) {
    const given = connection.token
      ? 'the broker token'
      : connection.username !== undefined
        ? 'the broker username and password'
        : 'no credentials';
    throw new PactBrokerError(
      `broker at ${connection.url} refused ${given} (${response.status}): check --broker-token / PACT_BROKER_TOKEN or --broker-username / PACT_BROKER_USERNAME`,
      response.status,
    );
  }
  if (!response.ok) {
    const detail = errorsIn(parsed) || text.slice(0, 200);
    throw new PactBrokerError(
      `broker answered ${response.status} to ${method} ${new URL(url).pathname}${detail ? `: ${detail}` : ''}`,
      response.status,
    );
  }
  if (parsed === null) throw new PactBrokerError(`broker answered ${method} ${new URL(url).pathname} with something other than JSON`);
  return parsed;
}

/** The href of a relation of a HAL resource, with its `{placeholders}` filled in. */
export function relation(resource: unknown, name: string, values: Record<string, string> = {}): string {
  const links = (resource as { _links?: HalLinks } | null)?._links;
  const link = links?.[name];
  const href = Array.isArray(link) ? link[0]?.href : link?.href;
  if (!href) throw new PactBrokerError(`the broker's answer has no '${name}' relation: is this a Pact Broker (2.86 or later)?`);
  return href.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? encodeURIComponent(values[key] as string) : whole));
}

async function fetchPact(broker: ResolvedBrokerOptions, href: string): Promise<{ pact: PactFile; consumerVersion: string | undefined }> {
  const pact = (await brokerRequest(broker, 'GET', href)) as PactFile & { _links?: Record<string, { name?: string }> };
  return { pact, consumerVersion: pact._links?.['pb:consumer-version']?.name };
}

/** One pact the broker selected for verification. */
export interface PactForVerification {
  /** The pact's URL in the broker. */
  href: string;
  /** Why the broker selected it (`latest from main branch of kushki-webhooks`). */
  shortDescription: string;
  pending: boolean;
  wip: boolean;
  /** The consumer version the pact was published for (its `pb:consumer-version` relation's name). */
  consumerVersion: string | undefined;
  pact: PactFile;
}

/**
 * The pacts the broker selects for the provider, exactly as the Pact verifier asks for them (same
 * request body), each fetched. An empty selection is an error: there is nothing to verify.
 */
export async function fetchPactsForVerification(broker: ResolvedBrokerOptions): Promise<PactForVerification[]> {
  const index = await brokerRequest(broker, 'GET', '/');
  const forVerification = relation(index, 'pb:provider-pacts-for-verification', { provider: broker.providerName });
  const endpoint = await brokerRequest(broker, 'GET', forVerification).catch((error: unknown) => {
    if (error instanceof PactBrokerError && error.status === 404) {
      throw new PactBrokerError(
        `the broker at ${broker.url} knows no provider '${broker.providerName}': publish the contracts first (hookproof publish --provider-name ${broker.providerName})`,
        404,
      );
    }
    throw error;
  });

  const selection = (await brokerRequest(broker, 'POST', relation(endpoint, 'self'), {
    consumerVersionSelectors: broker.consumerVersionSelectors ?? [],
    includePendingStatus: broker.enablePending === true,
    ...(broker.includeWipPactsSince ? { includeWipPactsSince: broker.includeWipPactsSince } : {}),
    ...(broker.providerBranch ? { providerVersionBranch: broker.providerBranch } : {}),
    ...(broker.providerTags?.length ? { providerVersionTags: broker.providerTags } : {}),
  })) as { _embedded?: { pacts?: { shortDescription?: string; verificationProperties?: { pending?: boolean; wip?: boolean } }[] } };
  const entries = selection._embedded?.pacts ?? [];
  if (entries.length === 0) {
    throw new PactBrokerError(
      `the broker at ${broker.url} has no pacts for provider '${broker.providerName}' to verify (publish them with hookproof publish)`,
    );
  }
  return Promise.all(
    entries.map(async (entry) => {
      const href = relation(entry, 'self');
      return {
        href,
        shortDescription: entry.shortDescription ?? href,
        pending: entry.verificationProperties?.pending === true,
        wip: entry.verificationProperties?.wip === true,
        ...(await fetchPact(broker, href)),
      };
    }),
  );
}
