/**
 * `hookproof send`: signs and delivers webhooks to a receiver as the provider would, prints the delivery
 * report. Exit 0 when every delivery got a 2xx, 1 when any failed, 2 on usage errors or a receiver that
 * cannot be reached at all.
 */

import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import {
  type DeliveryRecord,
  type DeliveryReport,
  retrySchedule,
  type SenderSecrets,
  sendAll,
  type WebhookInput,
  WebhookSendError,
} from '../../../mocks/sender/index.js';
import { MAX_DELAY_MS } from '../../../mocks/sender/send-webhooks.js';
import { isVariantId, type Provider } from '../../catalogue/variant-catalogue.js';
import { tcpUnreachableReason } from '../../net/tcp-reachability.js';
import { testSecrets } from '../../signatures/test-secrets.js';
import { formatTable } from '../../text/format-table.js';
import { CliError } from '../cli-error.js';
import { readInput } from '../read-input.js';
import { recordedInput } from '../recorded-input.js';

export interface SendOptions {
  url: string;
  all?: boolean;
  secret?: string;
  kushkiSecret?: string;
  kustomSecret?: string[];
  provider?: string;
  duplicate?: boolean;
  shuffle?: boolean | string;
  concurrency?: string;
  retries?: string;
  schedule?: string;
  timeout?: string;
  json?: boolean;
  originalHeaders?: boolean;
}

/** The CLI's default: 3 attempts (now, +50 ms, +100 ms), so a failing receiver ends the command promptly. */
export const CLI_DEFAULT_RETRIES = 2;
export const CLI_DEFAULT_TIMEOUT_MS = 2_000;
export const CLI_FIRST_RETRY_DELAY_MS = 50;
/** The most retries whose doubling delays still fit a timer (the 26th waits about 19 days). */
const MAX_RETRIES = Math.floor(Math.log2(MAX_DELAY_MS / CLI_FIRST_RETRY_DELAY_MS)) + 1;

function integer(value: string | undefined, name: string, min: number, max?: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min)
    throw new CliError(`${name} must be an integer of at least ${min}, got ${JSON.stringify(value)}`);
  if (max !== undefined && Number(value) > max) throw new CliError(`${name} must be at most ${max}, got ${JSON.stringify(value)}`);
  return Number(value);
}

function scheduleOf(options: SendOptions): number[] {
  if (options.schedule !== undefined && options.retries !== undefined) throw new CliError('give --retries or --schedule, not both');
  if (options.schedule !== undefined) {
    const delays = options.schedule.split(',').map((d) => d.trim());
    if (delays.some((d) => !/^\d+$/.test(d)))
      throw new CliError(`--schedule must be delays in ms separated by commas (0,100,500), got ${JSON.stringify(options.schedule)}`);
    if (delays.some((d) => Number(d) > MAX_DELAY_MS))
      throw new CliError(`--schedule delays must be at most ${MAX_DELAY_MS} ms, got ${JSON.stringify(options.schedule)}`);
    return delays.map(Number);
  }
  return retrySchedule(integer(options.retries, '--retries', 0, MAX_RETRIES) ?? CLI_DEFAULT_RETRIES, CLI_FIRST_RETRY_DELAY_MS);
}

/**
 * The signing secrets, per provider: `--kushki-secret` / `--kustom-secret` (repeat it to sign with
 * two secrets, as during a rotation), else `--secret`, else `HOOKPROOF_KUSHKI_SECRET` /
 * `HOOKPROOF_KUSTOM_SECRET` (space-separated for a rotation), else `HOOKPROOF_SECRET`, else the
 * public test secrets.
 */
export function secretsOf(options: Pick<SendOptions, 'secret' | 'kushkiSecret' | 'kustomSecret'>, env: NodeJS.ProcessEnv): SenderSecrets {
  const words = (value: string | undefined) => {
    const list = value?.split(/\s+/).filter((w) => w !== '') ?? [];
    return list.length > 0 ? list : undefined;
  };
  const kustomFlags = options.kustomSecret && options.kustomSecret.length > 0 ? options.kustomSecret : undefined;
  return {
    kushki:
      options.kushkiSecret ??
      options.secret ??
      words(env.HOOKPROOF_KUSHKI_SECRET)?.[0] ??
      words(env.HOOKPROOF_SECRET)?.[0] ??
      testSecrets.kushki,
    kustom: kustomFlags ?? options.secret ?? words(env.HOOKPROOF_KUSTOM_SECRET) ?? words(env.HOOKPROOF_SECRET)?.[0] ?? testSecrets.kustom,
  };
}

function providerOf(value: string | undefined): Provider | undefined {
  if (value === undefined || value === 'kustom' || value === 'kushki') return value;
  throw new CliError(`--provider must be kustom or kushki, got ${JSON.stringify(value)}`);
}

function shuffleOf(value: boolean | string | undefined): boolean | number | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  if (!/^-?\d+$/.test(value)) throw new CliError(`--shuffle takes an integer seed, got ${JSON.stringify(value)}`);
  return Number(value);
}

async function inputsOf(
  args: string[],
  options: SendOptions,
  provider: Provider | undefined,
): Promise<{ inputs: WebhookInput[]; labels: string[] }> {
  if (options.all && args.length > 0) throw new CliError('give variant ids or files, or --all, not both');
  if (options.all) return { inputs: [], labels: [] };
  if (args.length === 0) throw new CliError('nothing to send: give variant ids or payload files (see hookproof list), or --all');
  const inputs: WebhookInput[] = [];
  for (const arg of args) {
    if (isVariantId(arg)) {
      inputs.push({ variant: arg, ...(provider ? { provider } : {}) });
    } else if (arg === '-' || existsSync(arg)) {
      // Sent byte for byte: a pretty-printed or oddly ordered file reaches the receiver as it is; a listen recording, its body.
      const bytes = await readInput(arg);
      inputs.push(recordedInput(bytes, arg, options) ?? { body: bytes, ...(provider ? { provider } : {}) });
    } else {
      throw new CliError(`${arg}: neither a variant id (see hookproof list) nor a file`);
    }
  }
  return { inputs, labels: args.map((a) => (isVariantId(a) ? a : a === '-' ? 'stdin' : basename(a))) };
}

/** Fails fast (exit 2) when nothing listens at the URL: a typo in the port should not look like a failing receiver. */
async function assertReachable(url: URL, timeoutMs: number): Promise<void> {
  const reason = await tcpUnreachableReason(url, timeoutMs);
  if (reason) throw new CliError(`cannot reach ${url.origin}: ${reason === 'ECONNREFUSED' ? 'connection refused' : reason}`);
}

function parseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliError(`--url is not a valid URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError(`--url must be http or https, got ${url.protocol}`);
  return url;
}

function attemptCell(record: DeliveryRecord): string {
  if (record.attempts.length === 0) return '(none)';
  return record.attempts.map((a) => (a.status !== null ? String(a.status) : (a.error?.kind ?? '?'))).join(' ');
}

function printTable(report: DeliveryReport, labels: (index: number) => string, duplicate: boolean): void {
  const rows = report.deliveries.map((d) => [
    String(d.index + 1) + (duplicate ? `.${d.copy}` : ''),
    d.variant ?? labels(d.index),
    d.eventId ?? '-',
    attemptCell(d),
    `${d.attempts.at(-1)?.latencyMs ?? 0} ms`,
    d.outcome === 'delivered' ? 'delivered' : `FAILED (${d.failure})`,
  ]);
  console.log(formatTable(['#', 'webhook', 'event id', 'attempts', 'latency', 'outcome'], rows));
  const { deliveries, delivered, failed, attempts } = report.totals;
  const seed = report.shuffleSeed === null ? '' : `, shuffled with seed ${report.shuffleSeed}`;
  console.log(
    `\n${delivered} of ${deliveries} deliveries acknowledged, ${failed} failed (${attempts} attempts in ${(report.durationMs / 1000).toFixed(1)} s${seed})`,
  );
  // Why they failed, once per distinct reason (the last attempt's error or response).
  const reasons = new Map<string, number>();
  for (const d of report.deliveries.filter((r) => r.outcome === 'failed')) {
    const last = d.attempts.at(-1);
    const why = last?.error
      ? `${last.error.kind}: ${last.error.message}`
      : last
        ? `HTTP ${last.status} ${JSON.stringify(last.responseBody ?? '')}`
        : `${d.failure} before any attempt`;
    reasons.set(why, (reasons.get(why) ?? 0) + 1);
  }
  for (const [why, count] of reasons) console.log(`  ${count} × ${why}`);
}

export async function runSend(args: string[], options: SendOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const url = parseUrl(options.url);
  const provider = providerOf(options.provider);
  const schedule = scheduleOf(options);
  const timeoutMs = integer(options.timeout, '--timeout', 1, MAX_DELAY_MS) ?? CLI_DEFAULT_TIMEOUT_MS;
  const concurrency = integer(options.concurrency, '--concurrency', 1) ?? 1;
  const shuffle = shuffleOf(options.shuffle);
  const { inputs, labels } = await inputsOf(args, options, provider);
  await assertReachable(url, timeoutMs);

  let report: DeliveryReport;
  try {
    report = await sendAll({
      target: url.href,
      webhooks: options.all ? undefined : inputs,
      secret: secretsOf(options, env),
      schedule,
      timeoutMs,
      concurrency,
      shuffle,
      duplicate: options.duplicate === true,
    });
  } catch (error) {
    if (error instanceof WebhookSendError) throw new CliError(error.message);
    throw error;
  }
  const label = (index: number) => labels[index] ?? `#${index + 1}`;
  if (options.json) {
    const deliveries = report.deliveries.map((d) => ({ source: d.variant ?? label(d.index), ...d }));
    console.log(JSON.stringify({ ...report, deliveries }, null, 2));
  } else {
    printTable(report, label, options.duplicate === true);
  }
  return report.ok ? 0 : 1;
}
