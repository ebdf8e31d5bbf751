/** `hookproof verify`: the conformance run against a receiver. Exit 0 all rows pass, 1 some fail, 2 usage or unreachable. */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { renderConformanceHtml } from '../../conformance/report-html.js';
import { formatConformanceTable } from '../../conformance/report-table.js';
import {
  type ConformanceOptions,
  type ConformanceReport,
  ReceiverUnreachableError,
  runConformance,
} from '../../conformance/run-conformance.js';
import { PactBrokerError } from '../../pact/broker-error.js';
import type { ProviderSelection } from '../../pact/receiver-target.js';
import { MockControlError } from '../../scenarios/mock-control-client.js';
import { signKushki } from '../../signatures/kushki-signature.js';
import { signKustom } from '../../signatures/kustom-signature.js';
import { type BrokerVerifyFlags, brokerOptionsOf } from '../broker-cli-options.js';
import { CliError } from '../cli-error.js';
import { readInput } from '../read-input.js';

export interface VerifyCommandOptions extends BrokerVerifyFlags {
  provider: string;
  url: string;
  path?: string;
  secret?: string;
  /** Repeatable: every given Kustom secret signs (a rotation), as with `send`. */
  kustomSecret?: string | string[];
  kushkiSecret?: string;
  json?: boolean;
  report?: string;
  happyOnly?: boolean;
  strict?: boolean;
  pact?: string[];
  /** Run the Kustom lifecycle scenarios through the `hookproof mock` at `mock`. */
  scenarios?: boolean;
  mock?: string;
  settleTimeout?: string;
}

/** `--scenarios`, `--mock` and `--settle-timeout` as `runConformance` options; usage errors as `CliError`s. */
function scenarioOptions(options: VerifyCommandOptions): Pick<ConformanceOptions, 'scenarios'> {
  if (!options.scenarios) {
    if (options.mock !== undefined || options.settleTimeout !== undefined)
      throw new CliError('--mock and --settle-timeout go with --scenarios');
    return {};
  }
  if (options.provider === 'kushki') throw new CliError('--scenarios are Kustom lifecycle scenarios: use --provider kustom or all');
  if (options.mock === undefined) throw new CliError('--scenarios needs --mock <url>, the base URL of a running hookproof mock');
  if (!/^https?:\/\/[^/]/.test(options.mock) || !URL.canParse(options.mock))
    throw new CliError(`--mock must be an http(s) URL, got ${JSON.stringify(options.mock)}`);
  const timeout = options.settleTimeout;
  if (timeout !== undefined && (!/^\d+$/.test(timeout) || Number(timeout) < 1 || Number(timeout) > 600_000))
    throw new CliError(`--settle-timeout must be a number of ms from 1 to 600000, got ${JSON.stringify(timeout)}`);
  return { scenarios: { mock: options.mock, ...(timeout === undefined ? {} : { settleTimeoutMs: Number(timeout) }) } };
}

/** The `--kustom-secret` values, in the order given. */
const kustomSecretsOf = (options: VerifyCommandOptions): string[] =>
  options.kustomSecret === undefined ? [] : [options.kustomSecret].flat();

/** Each given secret must be usable: an empty or malformed one is a usage error, not a run of failed rows. */
async function checkSecrets(options: VerifyCommandOptions): Promise<void> {
  const given: [string, string | undefined, ('kustom' | 'kushki')[]][] = [
    ['--secret', options.secret, ['kustom', 'kushki']],
    ...kustomSecretsOf(options).map((secret): [string, string, 'kustom'[]] => ['--kustom-secret', secret, ['kustom']]),
    ['--kushki-secret', options.kushkiSecret, ['kushki']],
  ];
  for (const [flag, secret, providers] of given) {
    if (secret === undefined) continue;
    try {
      if (providers.includes('kushki')) await signKushki({ body: '', secret, id: 0, key: '' });
      if (providers.includes('kustom')) await signKustom({ body: '', secrets: secret, id: 'msg_check', timestamp: 0 });
    } catch (error) {
      throw new CliError(`${flag}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Each `--pact` file must be a readable Pact file, checked before the verifier starts. */
async function checkPactFiles(files: string[]): Promise<void> {
  for (const file of files) {
    const text = (await readInput(file)).toString('utf8');
    let pact: { consumer?: { name?: unknown }; provider?: { name?: unknown }; interactions?: unknown } | null;
    try {
      pact = JSON.parse(text) as typeof pact;
    } catch {
      throw new CliError(`${file}: is not JSON, not a Pact file`);
    }
    if (typeof pact?.consumer?.name !== 'string' || typeof pact.provider?.name !== 'string' || !Array.isArray(pact.interactions)) {
      throw new CliError(`${file}: is not a Pact file (no consumer, provider and interactions)`);
    }
  }
}

/** The `--report` file must be writable where it is named, checked before the run rather than after it. */
async function checkReportPath(file: string): Promise<void> {
  const target = resolve(file);
  if ((await stat(target).catch(() => null))?.isDirectory()) throw new CliError(`--report ${file}: is a directory, not a file`);
  try {
    await mkdir(dirname(target), { recursive: true });
  } catch (error) {
    throw new CliError(`--report ${file}: cannot create its folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** Space-separated words of an environment variable, or `undefined` when it has none. */
const words = (value: string | undefined): string[] | undefined => {
  const list = value?.split(/\s+/).filter((w) => w !== '') ?? [];
  return list.length > 0 ? list : undefined;
};

/**
 * The secrets as `hookproof send` takes them: the flags, else `HOOKPROOF_KUSHKI_SECRET` /
 * `HOOKPROOF_KUSTOM_SECRET` (space-separated for a rotation), else `HOOKPROOF_SECRET`; the public test
 * secrets only when none of them is given.
 */
export function withEnvironmentSecrets(options: VerifyCommandOptions, env: NodeJS.ProcessEnv): VerifyCommandOptions {
  if (options.secret !== undefined) return options;
  const kushki = options.kushkiSecret ?? words(env.HOOKPROOF_KUSHKI_SECRET)?.[0] ?? words(env.HOOKPROOF_SECRET)?.[0];
  const kustom = options.kustomSecret ?? words(env.HOOKPROOF_KUSTOM_SECRET) ?? words(env.HOOKPROOF_SECRET)?.slice(0, 1);
  return {
    ...options,
    ...(kushki !== undefined ? { kushkiSecret: kushki } : {}),
    ...(kustom !== undefined ? { kustomSecret: kustom } : {}),
  };
}

/** The CLI's conformance run; also used by `npm start` with in-process state handlers. */
export async function runVerifyCommand(
  given: VerifyCommandOptions,
  extra: Pick<ConformanceOptions, 'stateHandlers'> = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; report: ConformanceReport }> {
  const options = withEnvironmentSecrets(given, env);
  if (!['kustom', 'kushki', 'all'].includes(options.provider)) {
    throw new CliError(`--provider must be kustom, kushki or all, got ${JSON.stringify(options.provider)}`);
  }
  if (options.path !== undefined && options.provider === 'all' && !options.path.includes('{provider}'))
    throw new CliError('--path applies to one provider: add --provider kustom or --provider kushki, or put {provider} in the path');
  const scenarios = scenarioOptions(options);
  await checkSecrets(options);
  if (options.pact?.length) await checkPactFiles(options.pact);
  if (options.report) await checkReportPath(options.report);
  const broker = brokerOptionsOf(options);
  const secrets = {
    ...(options.kustomSecret !== undefined ? { kustom: kustomSecretsOf(options) } : {}),
    ...(options.kushkiSecret !== undefined ? { kushki: options.kushkiSecret } : {}),
  };
  let report: ConformanceReport;
  try {
    report = await runConformance({
      provider: options.provider as ProviderSelection,
      url: options.url,
      ...(options.path ? { path: options.path } : {}),
      ...(options.secret !== undefined ? { secret: options.secret } : {}),
      secrets,
      ...(options.pact?.length ? { pactFiles: options.pact.map((p) => resolve(p)) } : {}),
      ...(broker ? { broker } : {}),
      happyOnly: options.happyOnly === true,
      strict: options.strict === true,
      ...scenarios,
      ...extra,
      onProgress: options.json ? undefined : (message) => process.stderr.write(`hookproof: ${message}\n`),
    });
  } catch (error) {
    if (error instanceof ReceiverUnreachableError || error instanceof MockControlError || error instanceof PactBrokerError) {
      throw new CliError(error.message);
    }
    throw error;
  }
  if (options.report) {
    const written = await writeFile(resolve(options.report), renderConformanceHtml(report, options.strict === true)).catch(
      (error: NodeJS.ErrnoException) => error,
    );
    if (written instanceof Error) throw new CliError(`--report ${options.report}: cannot write (${written.code ?? written.message})`);
  }
  if (options.json) {
    console.log(JSON.stringify({ ...report, verifierOutput: undefined }, null, 2));
  } else {
    console.log(formatConformanceTable(report, options.strict === true));
    if (options.report) console.log(`Report written to ${options.report}`);
  }
  return { code: report.passed ? 0 : 1, report };
}
