/** The messages between `verifyReceiver` and the child process that runs the Pact verifier. */

export interface StartVerification {
  type: 'start';
  providerBaseUrl: string;
  pactFiles: string[];
  pactProvider: string;
  /** Every provider state named in the pact files: each is forwarded to the parent's handlers. */
  states: string[];
  timeoutMs: number;
  /** Take the pacts from a Pact Broker (and publish results there) instead of `pactFiles`. */
  broker?: VerifierBrokerSource;
}

/** The Pact verifier's broker options (pact-js `VerifierOptions` names), resolved by the parent. */
export interface VerifierBrokerSource {
  pactBrokerUrl: string;
  pactBrokerToken?: string;
  pactBrokerUsername?: string;
  pactBrokerPassword?: string;
  providerVersion?: string;
  providerVersionBranch?: string;
  providerVersionTags?: string[];
  consumerVersionSelectors?: Record<string, unknown>[];
  enablePending?: boolean;
  includeWipPactsSince?: string;
  publishVerificationResult?: boolean;
  consumerFilters?: string[];
}

export interface StateRequest {
  type: 'state';
  id: number;
  action: 'setup' | 'teardown';
  name: string;
  params: Record<string, unknown>;
}

export interface StateReply {
  type: 'state-done';
  id: number;
  error?: string | undefined;
}

export interface VerificationDone {
  type: 'done';
  /** The verifier's JSON results (`interactionResults`, `errors`, `result`), or `null` when it could not run. */
  results: string | null;
  /** Why the verifier could not run. */
  failure?: string | undefined;
}

export type ParentMessage = StartVerification | StateReply;
export type ChildMessage = StateRequest | VerificationDone;
