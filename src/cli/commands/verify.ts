/** `hookproof verify`: the conformance run against a receiver. Exit 0 all rows pass, 1 some fail, 2 usage or unreachable. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CliError } from '../cli-error.js';
import { formatConformanceTable } from '../../conformance/report-table.js';
import { renderConformanceHtml } from '../../conformance/report-html.js';
import { ReceiverUnreachableError, runConformance, type ConformanceOptions, type ConformanceReport } from '../../conformance/run-conformance.js';
import type { ProviderSelection } from '../../pact/receiver-target.js';

export interface VerifyCommandOptions {
  provider: string;
  url: string;
  path?: string;
  secret?: string;
  kustomSecret?: string;
  kushkiSecret?: string;
  json?: boolean;
  report?: string;
  happyOnly?: boolean;
  strict?: boolean;
  pact?: string[];
}

/** The CLI's conformance run; also used by `npm start` with in-process state handlers. */
export async function runVerifyCommand(
  options: VerifyCommandOptions,
  extra: Pick<ConformanceOptions, 'stateHandlers'> = {},
): Promise<{ code: number; report: ConformanceReport }> {
  if (!['kustom', 'kushki', 'all'].includes(options.provider)) {
    throw new CliError(`--provider must be kustom, kushki or all, got ${JSON.stringify(options.provider)}`);
  }
  const secrets = {
    ...(options.kustomSecret ? { kustom: options.kustomSecret } : {}),
    ...(options.kushkiSecret ? { kushki: options.kushkiSecret } : {}),
  };
  let report: ConformanceReport;
  try {
    report = await runConformance({
      provider: options.provider as ProviderSelection,
      url: options.url,
      ...(options.path ? { path: options.path } : {}),
      ...(options.secret ? { secret: options.secret } : {}),
      secrets,
      ...(options.pact?.length ? { pactFiles: options.pact.map((p) => resolve(p)) } : {}),
      happyOnly: options.happyOnly === true,
      strict: options.strict === true,
      ...extra,
      onProgress: options.json ? undefined : (message) => process.stderr.write(`hookproof: ${message}\n`),
    });
  } catch (error) {
    if (error instanceof ReceiverUnreachableError) throw new CliError(error.message);
    throw error;
  }
  if (options.report) {
    const target = resolve(options.report);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, renderConformanceHtml(report, options.strict === true));
  }
  if (options.json) {
    console.log(JSON.stringify({ ...report, verifierOutput: undefined }, null, 2));
  } else {
    console.log(formatConformanceTable(report, options.strict === true));
    if (options.report) console.log(`Report written to ${options.report}`);
  }
  return { code: report.passed ? 0 : 1, report };
}
