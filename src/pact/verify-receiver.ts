/**
 * `verifyReceiver`: verifies the merchant's receiver against hookproof's Pact contracts with the real
 * Pact verifier, signing every request at verification time, and returns a result per variant.
 */
import { isDeepStrictEqual } from 'node:util';
import { type Provider, type VariantId, variants } from '../catalogue/variant-catalogue.js';
import { PactBrokerError } from './broker-error.js';
import type { PactBrokerOptions } from './broker-options.js';
import { CONTRACT_PATHS, contractConsumer, variantOfDescription } from './contract-conventions.js';
import { bundledContract, providerStatesIn } from './contract-files.js';
import type { Exchange } from './exchange.js';
import { brokerSource, localSource } from './pact-source.js';
import { endpointOf, type ProviderSelection, type ReceiverTarget, secretsOf, selectedProviders } from './receiver-target.js';
import { runPactVerifier, type VerifierResults } from './run-pact-verifier.js';
import { startSigningProxy } from './signing-proxy.js';

/** A state handler's function; its parameter is checked bivariantly so typed handlers fit a generic map. */
type StateFunction<P> = { bivariant(params: P): void | Promise<void> }['bivariant'];

/**
 * A provider state handler: seed (or clean up) what the interaction needs, a function run at setup or
 * `{ setup, teardown }`. `params` come from the contract (see `ProviderStateParams`).
 */
export type StateHandler<P = Record<string, string>> =
  | StateFunction<P>
  | {
      setup?: StateFunction<P> | undefined;
      teardown?: StateFunction<P> | undefined;
    };

/** The parameters of each provider state of hookproof's contracts. */
export interface ProviderStateParams {
  'an IPP session exists': { session_id: string };
  'an IPP session was finalized with an authorized order': { session_id: string; order_id: string };
}

/** The parameters of the Kushki state, `a Kushki smart link <smartLink> exists`. */
export interface KushkiSmartLinkStateParams {
  smartLink: string;
  transactionReference: string;
}

/**
 * Handlers by provider state name, their params typed. Unhandled states are no-ops.
 *
 * @example
 * const stateHandlers: StateHandlers = {
 *   'an IPP session exists': ({ session_id }) => db.sessions.insert({ id: session_id }),
 *   'a Kushki smart link nL_JmVeTk exists': ({ transactionReference }) => db.payments.expect(transactionReference),
 * };
 */
export type StateHandlers = { [S in keyof ProviderStateParams]?: StateHandler<ProviderStateParams[S]> | undefined } & {
  [state: `a Kushki smart link ${string} exists`]: StateHandler<KushkiSmartLinkStateParams> | undefined;
};

/** Options of `verifyReceiver`: where the receiver is, which provider, how to seed its states. */
export interface VerifyReceiverOptions extends ReceiverTarget {
  provider: ProviderSelection;
  /** Handlers by provider state name (`'an IPP session exists'`, `'a Kushki smart link nL_JmVeTk exists'`, ...). Unhandled states are no-ops. */
  stateHandlers?: StateHandlers | undefined;
  /** Pact files to verify instead of the bundled contracts (their own states: `{ ... } as StateHandlers`). */
  pactFiles?: string[] | undefined;
  /** Verify the pacts a Pact Broker selects instead of local files, and optionally publish the results. */
  broker?: PactBrokerOptions | undefined;
  /** Per-request timeout in ms. Default 10 000. */
  timeoutMs?: number | undefined;
}

/** The verification of one contract interaction. */
export interface VariantVerification {
  /** The interaction's description (`kushki.card.approved: ...` in hookproof's contracts). */
  description: string;
  /** The catalogue variant the interaction is about, `null` for an interaction of another pact file. */
  variant: VariantId | null;
  provider: Provider;
  passed: boolean;
  /** The interaction's pact is pending in the broker: a failure is reported, not counted. */
  pending: boolean;
  /** The contract version (hookproof's version) of a pact taken from a broker; `null` for local files. */
  contractVersion: string | null;
  /** The status the receiver answered, `null` when it did not answer. */
  status: number | null;
  /** What did not match (`expected 200 but was 500`), empty when passed. */
  mismatches: string[];
  /** The request sent and the response received. */
  exchange: Exchange | undefined;
}

/** The outcome of `verifyReceiver`: one row per contract interaction. */
export interface ReceiverVerification {
  passed: boolean;
  variants: VariantVerification[];
  /** The verifier's own report, as it printed it. */
  verifierOutput: string;
}

async function runState(handlers: StateHandlers | undefined, action: 'setup' | 'teardown', name: string, params: Record<string, unknown>) {
  const handler = (handlers as Record<string, StateHandler<Record<string, unknown>> | undefined> | undefined)?.[name];
  if (!handler) return;
  if (typeof handler === 'function') {
    if (action === 'setup') await handler(params);
    return;
  }
  await handler[action]?.(params);
}

/** Whether a recorded request body is the interaction's body (the verifier may reorder keys). */
function sameBody(recorded: string, content: unknown): boolean {
  if (content === undefined) return false;
  try {
    return isDeepStrictEqual(JSON.parse(recorded), content);
  } catch {
    return false;
  }
}

function providerOfInteraction(path: string | undefined, consumer: string): Provider | undefined {
  const byPath = (Object.keys(CONTRACT_PATHS) as Provider[]).find((p) => CONTRACT_PATHS[p] === path);
  return byPath ?? (['kustom', 'kushki'] as const).find((p) => consumer === contractConsumer(p));
}

function mismatchesOf(results: VerifierResults, description: string): string[] {
  return [...(results.errors ?? []), ...(results.pendingErrors ?? [])]
    .filter((e) => e.interaction.endsWith(` - ${description}`) || e.interaction.endsWith(description))
    .flatMap((e) => e.mismatch.mismatches?.map((m) => m.mismatch) ?? [e.mismatch.message ?? e.mismatch.type]);
}

/**
 * Verifies a receiver against the contracts of one or both providers. Each interaction's body is
 * posted to the receiver's endpoint, signed over the exact bytes sent with the given secret; the
 * receiver must answer 200.
 *
 * @example
 * import { verifyReceiver } from 'hookproof/pact';
 *
 * const result = await verifyReceiver({ provider: 'all', url: 'http://127.0.0.1:3000', secrets: { kushki: 'my-test-secret' } });
 * for (const v of result.variants) console.log(v.variant, v.passed ? 'ok' : v.mismatches.join('; '));
 * @see https://docs.pact.io/getting_started/provider_verification
 */
export async function verifyReceiver(options: VerifyReceiverOptions): Promise<ReceiverVerification> {
  const providers = selectedProviders(options.provider);
  if (options.broker && options.pactFiles) throw new PactBrokerError('verify either local pact files or the pacts of a broker, not both');
  const source = options.broker
    ? await brokerSource(options.broker, providers)
    : localSource(options.pactFiles ?? providers.map(bundledContract));
  const pacts = source.pacts.map((p) => p.pact);
  const single = providers.length === 1;
  const endpoints = Object.fromEntries(providers.map((p) => [p, endpointOf(options, p, single)]));
  const proxy = await startSigningProxy({ endpoints, secrets: secretsOf(options), timeoutMs: options.timeoutMs });
  try {
    const { results, output } = await runPactVerifier(
      {
        providerBaseUrl: proxy.url,
        ...source.start,
        states: providerStatesIn(pacts),
        timeoutMs: options.timeoutMs ?? 10_000,
      },
      ({ action, name, params }) => runState(options.stateHandlers, action, name, params),
    );
    // One row per interaction of every pact file, whether or not it is a catalogue variant: nothing
    // the verifier ran goes unreported. Each row's exchange is the request whose body is the interaction's.
    // A broker may select two versions of one sender's pact: the same description then appears twice, and
    // its n-th result is the n-th interaction of that description (the verifier runs the pacts in order).
    const interactions = source.pacts.flatMap(({ pact, pending, contractVersion }) =>
      pact.interactions.map((interaction) => ({ interaction, consumer: pact.consumer.name, pending, contractVersion })),
    );
    const seen = new Map<string, number>();
    const rows: VariantVerification[] = interactions.map(({ interaction, consumer, pending, contractVersion }) => {
      const { description } = interaction;
      const occurrence = seen.get(description) ?? 0;
      seen.set(description, occurrence + 1);
      const entry = variants.find((v) => v.id === variantOfDescription(description));
      const provider = entry?.provider ?? providerOfInteraction(interaction.request?.path, consumer) ?? providers[0] ?? 'kustom';
      const outcome = results.interactionResults?.filter((r) => r.description === description)[occurrence];
      const exchange =
        proxy.exchanges.find((x) => sameBody(x.request.body, interaction.request?.body?.content)) ??
        (entry ? proxy.exchanges.find((x) => x.variant === entry.id) : undefined);
      const mismatches = mismatchesOf(results, description);
      if (exchange && !exchange.response) mismatches.push(`receiver did not answer: ${exchange.error ?? 'no response'}`);
      return {
        description,
        variant: entry?.id ?? null,
        provider,
        passed: outcome?.result === 'OK',
        pending,
        contractVersion: contractVersion ?? null,
        status: exchange?.response?.status ?? null,
        mismatches: outcome?.result === 'OK' ? [] : mismatches.length > 0 ? mismatches : ['not verified'],
        exchange,
      };
    });
    return { passed: rows.length > 0 && rows.every((r) => r.passed || r.pending), variants: rows, verifierOutput: output };
  } finally {
    await proxy.close();
  }
}
