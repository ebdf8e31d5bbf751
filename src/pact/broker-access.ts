/** A quick check that a Pact Broker answers and accepts the credentials, before a run starts. */
import { brokerRequest } from './broker-client.js';
import { type PactBrokerOptions, resolveBrokerOptions } from './broker-options.js';

/** Resolves and checks the options, then reads the broker's index: a `PactBrokerError` says what is wrong. */
export async function checkBrokerAccess(options: PactBrokerOptions): Promise<void> {
  await brokerRequest(resolveBrokerOptions(options), 'GET', '/');
}
