/**
 * Where the pacts of a verification come from: local files (the bundled contracts, or `--pact`), or
 * the pacts a Pact Broker selects for the receiver. Either way `verifyReceiver` knows every
 * interaction before the verifier runs, and whether its pact is pending.
 */
import type { Provider } from '../catalogue/variant-catalogue.js';
import { fetchPactsForVerification } from './broker-client.js';
import { PactBrokerError } from './broker-error.js';
import { type PactBrokerOptions, resolveBrokerOptions } from './broker-options.js';
import { contractConsumer, DEFAULT_PACT_PROVIDER } from './contract-conventions.js';
import { type PactFile, readPactFile } from './contract-files.js';
import type { StartVerification } from './verifier-messages.js';

export interface SourcedPact {
  pact: PactFile;
  /** A pending pact's failures are reported, but do not fail the verification. */
  pending: boolean;
  /** The consumer version (hookproof's version) of a pact taken from a broker. */
  contractVersion?: string | undefined;
}

export interface PactSource {
  pacts: SourcedPact[];
  start: Pick<StartVerification, 'pactFiles' | 'pactProvider' | 'broker'>;
}

export function localSource(pactFiles: string[]): PactSource {
  const pacts = pactFiles.map((file) => ({ pact: readPactFile(file), pending: false }));
  return { pacts, start: { pactFiles, pactProvider: pacts[0]?.pact.provider.name ?? DEFAULT_PACT_PROVIDER } };
}

/** The broker's selection for the receiver, restricted to the selected providers' senders. */
export async function brokerSource(options: PactBrokerOptions, providers: Provider[]): Promise<PactSource> {
  const broker = resolveBrokerOptions(options);
  const consumers = providers.map(contractConsumer);
  const selected = (await fetchPactsForVerification(broker)).filter((p) => consumers.includes(p.pact.consumer.name));
  if (selected.length === 0) {
    throw new PactBrokerError(
      `the broker at ${broker.url} selected no ${consumers.join(' or ')} pact for provider '${broker.providerName}'`,
    );
  }
  return {
    pacts: selected.map((p) => ({ pact: p.pact, pending: p.pending, contractVersion: p.consumerVersion })),
    start: {
      pactFiles: [],
      pactProvider: broker.providerName,
      broker: {
        pactBrokerUrl: broker.url,
        ...(broker.token ? { pactBrokerToken: broker.token } : {}),
        ...(broker.username !== undefined ? { pactBrokerUsername: broker.username, pactBrokerPassword: broker.password ?? '' } : {}),
        ...(broker.providerVersion ? { providerVersion: broker.providerVersion } : {}),
        ...(broker.providerBranch ? { providerVersionBranch: broker.providerBranch } : {}),
        ...(broker.providerTags?.length ? { providerVersionTags: broker.providerTags } : {}),
        consumerVersionSelectors: (broker.consumerVersionSelectors ?? []) as Record<string, unknown>[],
        enablePending: broker.enablePending === true,
        ...(broker.includeWipPactsSince ? { includeWipPactsSince: broker.includeWipPactsSince } : {}),
        ...(broker.publish ? { publishVerificationResult: true } : {}),
        ...(providers.length === 1 ? { consumerFilters: consumers } : {}),
      },
    },
  };
}
