/** `hookproof publish`: publishes the bundled contracts to a Pact Broker. Exit 0 published, 2 usage or broker error. */
import { PactBrokerError } from '../../pact/broker-error.js';
import { publishContracts } from '../../pact/publish-contracts.js';
import type { ProviderSelection } from '../../pact/receiver-target.js';
import { connectionOf } from '../broker-cli-options.js';
import { CliError } from '../cli-error.js';

export interface PublishCommandOptions {
  provider: string;
  brokerUrl?: string;
  brokerToken?: string;
  brokerUsername?: string;
  brokerPassword?: string;
  providerName?: string;
  consumerVersion?: string;
  branch?: string;
  tag?: string[];
  buildUrl?: string;
  json?: boolean;
}

export async function runPublish(options: PublishCommandOptions): Promise<number> {
  try {
    const published = await publishContracts({
      provider: options.provider as ProviderSelection,
      ...connectionOf(options),
      ...(options.providerName !== undefined ? { providerName: options.providerName } : {}),
      ...(options.consumerVersion !== undefined ? { consumerVersion: options.consumerVersion } : {}),
      ...(options.branch !== undefined ? { branch: options.branch } : {}),
      ...(options.tag ? { tags: options.tag } : {}),
      ...(options.buildUrl !== undefined ? { buildUrl: options.buildUrl } : {}),
    });
    if (options.json) {
      console.log(JSON.stringify(published, null, 2));
    } else {
      for (const p of published) {
        console.log(`${p.consumer} ${p.consumerVersion} -> ${p.provider}: published`);
        for (const notice of p.notices) console.log(`  ${notice.type}: ${notice.text}`);
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof PactBrokerError) throw new CliError(error.message);
    throw error;
  }
}
