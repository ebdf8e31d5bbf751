/**
 * `hookproof listen`: receives deliveries, inspects, forwards and records them, prints a line each,
 * and serves the page on a second, local port. Runs until interrupted.
 */
import { deliveryJson, deliveryLine } from '../../listen/delivery-line.js';
import { DEFAULT_MAX_BODY_BYTES, startListen } from '../../listen/start-listen.js';
import { kustomKey } from '../../signatures/kustom-secret.js';
import type { DiagnosisSecrets } from '../../signatures/signature-diagnosis.js';
import { CliError } from '../cli-error.js';
import { secretsOf } from './send.js';

export interface ListenCommandOptions {
  port: string;
  host: string;
  uiPort?: string;
  forwardTo?: string;
  record?: string;
  secret?: string;
  kustomSecret?: string[];
  kushkiSecret?: string;
  maxBody?: string;
  json?: boolean;
}

function port(value: string, name: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535)
    throw new CliError(`${name} must be a port number (0-65535), got ${JSON.stringify(value)}`);
  return Number(value);
}

function forwardUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value.replaceAll('{provider}', 'kustom'));
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // reported below
  }
  throw new CliError(`--forward-to must be an http(s) URL, got ${JSON.stringify(value)}`);
}

/** The secrets listen verifies with: the flags, else the environment, else hookproof's test secrets (as `send`). */
export function listenSecrets(options: ListenCommandOptions, env: NodeJS.ProcessEnv): DiagnosisSecrets {
  const { kushki, kustom } = secretsOf(options, env) as { kushki: string; kustom: string | string[] };
  const kustomList = Array.isArray(kustom) ? kustom : [kustom];
  for (const secret of kustomList) {
    try {
      kustomKey(secret, '--kustom-secret');
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  }
  return { kushki: [kushki], kustom: kustomList };
}

export async function runListen(options: ListenCommandOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const maxBody = options.maxBody === undefined ? DEFAULT_MAX_BODY_BYTES : Number(options.maxBody);
  if (!Number.isInteger(maxBody) || maxBody < 1)
    throw new CliError(`--max-body must be a number of bytes, got ${JSON.stringify(options.maxBody)}`);
  // Lines are written once per turn of the event loop: a burst of deliveries costs one write, not one each.
  let pending = '';
  const flush = () => {
    process.stdout.write(pending);
    pending = '';
  };
  const print = (line: string) => {
    if (pending === '') setImmediate(flush);
    pending += `${line}\n`;
  };
  const counts = { deliveries: 0, recorded: 0, recordFailed: 0 };
  let listen: Awaited<ReturnType<typeof startListen>>;
  try {
    listen = await startListen({
      port: port(options.port, '--port'),
      host: options.host,
      uiPort: options.uiPort === undefined ? undefined : port(options.uiPort, '--ui-port'),
      forwardTo: forwardUrl(options.forwardTo),
      recordDir: options.record,
      secrets: listenSecrets(options, env),
      maxBodyBytes: maxBody,
      onDelivery: (entry) => {
        counts.deliveries++;
        if (entry.file !== null) counts.recorded++;
        if (entry.recordError !== null) counts.recordFailed++;
        print(options.json ? deliveryJson(entry) : deliveryLine(entry));
        if (entry.recordError) process.stderr.write(`hookproof: delivery ${entry.recording.sequence}: ${entry.recordError}\n`);
      },
    });
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'EADDRINUSE' ? `a port is already in use: ${(error as Error).message}` : `cannot start: ${(error as Error).message}`,
    );
  }
  const where = [
    options.forwardTo ? `forwarding to ${options.forwardTo}` : 'answering 200',
    options.record ? `recording to ${options.record}` : 'not recording',
  ];
  if (options.json) {
    print(
      JSON.stringify({
        type: 'listening',
        deliveryUrl: listen.deliveryUrl,
        pageUrl: listen.pageUrl,
        forwardTo: options.forwardTo ?? null,
        record: options.record ?? null,
      }),
    );
  } else {
    print(`hookproof listen: deliveries on ${listen.deliveryUrl} (${where.join(', ')})`);
    print(`page: ${listen.pageUrl}`);
  }
  // Stopping waits for the deliveries in hand: those being forwarded, and the recordings still being written.
  await new Promise<void>((resolve) => {
    const stop = () => void listen.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  const recording = options.record ? `, ${counts.recorded} recorded, ${counts.recordFailed} not recorded` : '';
  print(
    options.json
      ? JSON.stringify({ type: 'stopped', ...counts })
      : `hookproof listen: stopped after ${counts.deliveries} deliveries${recording}`,
  );
  // A delivery that could not be recorded is an I/O failure, whatever was answered.
  return counts.recordFailed > 0 ? 2 : 0;
}
