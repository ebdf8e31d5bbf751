/**
 * `publishContracts`: publishes hookproof's bundled contracts to a Pact Broker under the merchant's
 * name for its receiver, with the broker's `POST /contracts/publish` (one request per consumer: the
 * Kustom and the Kushki sender). Plain HTTP: no Pact library is needed.
 * @see https://docs.pact.io/pact_broker/advanced_topics/api_docs/publish_contracts
 */
import { readFileSync } from 'node:fs';
import { packageVersion } from '../package-root.js';
import { brokerRequest } from './broker-client.js';
import { type PactBrokerConnection, resolveConnection } from './broker-options.js';
import { contractConsumer, DEFAULT_PACT_PROVIDER } from './contract-conventions.js';
import { bundledContract } from './contract-files.js';
import { type ProviderSelection, selectedProviders } from './receiver-target.js';

/** Options of `publishContracts`. */
export interface PublishContractsOptions extends PactBrokerConnection {
  /** Which provider's contract to publish. Default `all`. */
  provider?: ProviderSelection | undefined;
  /** The receiver's name in the broker: the contracts' provider is renamed to it. Default `merchant-webhook-receiver`. */
  providerName?: string | undefined;
  /** The consumer version. Default: hookproof's own version, so a hookproof upgrade is a new consumer version. */
  consumerVersion?: string | undefined;
  /** The consumer version's branch. Default `main` (hookproof's releases come from one line). */
  branch?: string | undefined;
  tags?: string[] | undefined;
  /** A link to the CI build that published. */
  buildUrl?: string | undefined;
}

/** What the broker said about one published contract. */
export interface PublishedContract {
  consumer: string;
  provider: string;
  consumerVersion: string;
  /** The broker's notices (`Pact ... published`, `... already published`). */
  notices: { type: string; text: string }[];
}

/** A bundled contract with its provider renamed: the content the broker stores. */
export function contractFor(provider: 'kustom' | 'kushki', providerName: string): Record<string, unknown> {
  const pact = JSON.parse(readFileSync(bundledContract(provider), 'utf8')) as Record<string, unknown>;
  return { ...pact, provider: { name: providerName } };
}

/**
 * Publishes the bundled contracts. Publishing the same version again with the same content is
 * accepted by the broker and changes nothing.
 *
 * @example
 * import { publishContracts } from 'hookproof/pact';
 *
 * const published = await publishContracts({ url: 'https://broker.example.com', token: process.env.PACT_BROKER_TOKEN, providerName: 'acme-receiver' });
 * for (const p of published) console.log(p.consumer, p.consumerVersion, '->', p.provider);
 */
export async function publishContracts(options: PublishContractsOptions = {}): Promise<PublishedContract[]> {
  const connection = resolveConnection(options);
  const providerName = options.providerName ?? DEFAULT_PACT_PROVIDER;
  const consumerVersion = options.consumerVersion ?? packageVersion();
  const branch = options.branch ?? 'main';
  const published: PublishedContract[] = [];
  for (const provider of selectedProviders(options.provider ?? 'all')) {
    const consumer = contractConsumer(provider);
    const content = Buffer.from(JSON.stringify(contractFor(provider, providerName))).toString('base64');
    const answer = (await brokerRequest(connection, 'POST', '/contracts/publish', {
      pacticipantName: consumer,
      pacticipantVersionNumber: consumerVersion,
      branch,
      tags: options.tags ?? [],
      ...(options.buildUrl ? { buildUrl: options.buildUrl } : {}),
      contracts: [{ consumerName: consumer, providerName, specification: 'pact', contentType: 'application/json', content }],
    })) as { notices?: { type?: string; text?: string }[] };
    const notices = (answer.notices ?? []).map((n) => ({ type: String(n.type ?? 'info'), text: String(n.text ?? '') }));
    published.push({ consumer, provider: providerName, consumerVersion, notices });
  }
  return published;
}
