/**
 * The Pact Broker options of `hookproof verify`, named as in Pact's own CLIs, and their mapping onto
 * the library's `PactBrokerOptions` (flags first, then `PACT_BROKER_*` variables).
 */
import { type Command, Option } from 'commander';
import { PactBrokerError } from '../pact/broker-error.js';
import {
  type PactBrokerConnection,
  type PactBrokerOptions,
  parseConsumerVersionSelectors,
  resolveBrokerOptions,
} from '../pact/broker-options.js';
import { CliError } from './cli-error.js';
import { repeatable } from './repeatable-option.js';

/** The broker flags as commander parses them. */
export interface BrokerVerifyFlags {
  brokerUrl?: string;
  brokerToken?: string;
  brokerUsername?: string;
  brokerPassword?: string;
  providerName?: string;
  providerVersion?: string;
  providerBranch?: string;
  providerTag?: string[];
  consumerVersionSelectors?: string;
  enablePending?: boolean;
  includeWipPactsSince?: string;
  publish?: boolean;
  pact?: string[];
}

/** The connection flags, shared with `hookproof publish`. */
export function brokerConnectionOptions(): Option[] {
  return [
    new Option('--broker-url <url>', 'the Pact Broker base URL (default: $PACT_BROKER_BASE_URL)'),
    new Option('--broker-token <token>', 'a bearer token for the broker (default: $PACT_BROKER_TOKEN)'),
    new Option('--broker-username <name>', 'basic auth username for the broker (default: $PACT_BROKER_USERNAME)'),
    new Option('--broker-password <password>', 'basic auth password for the broker (default: $PACT_BROKER_PASSWORD)'),
  ];
}

/** Adds the broker options to the `verify` command. */
export function addBrokerVerifyOptions(command: Command): void {
  for (const option of [
    ...brokerConnectionOptions(),
    new Option('--provider-name <name>', "the receiver's name in the broker (default merchant-webhook-receiver)"),
    new Option('--provider-version <version>', 'the receiver version verified, e.g. a git sha (needed by --publish)'),
    new Option('--provider-branch <branch>', "the receiver version's branch"),
    new Option('--provider-tag <tag>', 'a tag of the receiver version (repeatable)').argParser(repeatable),
    new Option(
      '--consumer-version-selectors <json>',
      'which pacts to verify, as JSON, e.g. [{"mainBranch":true},{"deployedOrReleased":true}]',
    ),
    new Option('--enable-pending', 'pacts this receiver branch never verified report failures as pending, without failing the run'),
    new Option('--include-wip-pacts-since <date>', 'also verify work-in-progress pacts published since the date (needs --enable-pending)'),
    new Option('--publish', 'publish the contract rows results to the broker'),
  ]) {
    command.addOption(option);
  }
}

/** The connection flags as the library's `PactBrokerConnection` (unset flags left to `PACT_BROKER_*`). */
export function connectionOf(
  flags: Pick<BrokerVerifyFlags, 'brokerUrl' | 'brokerToken' | 'brokerUsername' | 'brokerPassword'>,
): PactBrokerConnection {
  return {
    ...(flags.brokerUrl !== undefined ? { url: flags.brokerUrl } : {}),
    ...(flags.brokerToken !== undefined ? { token: flags.brokerToken } : {}),
    ...(flags.brokerUsername !== undefined ? { username: flags.brokerUsername } : {}),
    ...(flags.brokerPassword !== undefined ? { password: flags.brokerPassword } : {}),
  };
}

const BROKER_ONLY: [keyof BrokerVerifyFlags, string][] = [
  ['providerName', '--provider-name'],
  ['providerVersion', '--provider-version'],
  ['providerBranch', '--provider-branch'],
  ['providerTag', '--provider-tag'],
  ['consumerVersionSelectors', '--consumer-version-selectors'],
  ['enablePending', '--enable-pending'],
  ['includeWipPactsSince', '--include-wip-pacts-since'],
  ['publish', '--publish'],
];

/**
 * The broker a verification takes its pacts from: `--broker-url`, else `$PACT_BROKER_BASE_URL`
 * (unless `--pact` files are given). `undefined`: no broker, local contracts.
 */
export function brokerOptionsOf(flags: BrokerVerifyFlags, env: NodeJS.ProcessEnv = process.env): PactBrokerOptions | undefined {
  if (flags.brokerUrl !== undefined && flags.pact?.length)
    throw new CliError('--pact and --broker-url are exclusive: verify local files or the pacts of a broker');
  const url = flags.brokerUrl ?? (flags.pact?.length ? undefined : env.PACT_BROKER_BASE_URL || undefined);
  if (url === undefined) {
    const given = BROKER_ONLY.find(([key]) => flags[key] !== undefined);
    if (given) throw new CliError(`${given[1]} needs a broker: add --broker-url (or set PACT_BROKER_BASE_URL)`);
    return undefined;
  }
  try {
    const options: PactBrokerOptions = {
      ...connectionOf({ ...flags, brokerUrl: url }),
      ...(flags.providerName !== undefined ? { providerName: flags.providerName } : {}),
      ...(flags.providerVersion !== undefined ? { providerVersion: flags.providerVersion } : {}),
      ...(flags.providerBranch !== undefined ? { providerBranch: flags.providerBranch } : {}),
      ...(flags.providerTag ? { providerTags: flags.providerTag } : {}),
      ...(flags.consumerVersionSelectors !== undefined
        ? { consumerVersionSelectors: parseConsumerVersionSelectors(flags.consumerVersionSelectors) }
        : {}),
      ...(flags.enablePending ? { enablePending: true } : {}),
      ...(flags.includeWipPactsSince !== undefined ? { includeWipPactsSince: flags.includeWipPactsSince } : {}),
      ...(flags.publish ? { publish: true } : {}),
    };
    resolveBrokerOptions(options, env); // refuse bad combinations before the run starts
    return options;
  } catch (error) {
    if (error instanceof PactBrokerError) throw new CliError(error.message);
    throw error;
  }
}
