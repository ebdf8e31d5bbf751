/**
 * `startListen`: the delivery port (deliveries only) and the page's port (127.0.0.1, behind a token),
 * wired to the inspection, the forwarder, the recorder and the in-memory log.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { SenderSecrets } from '../../mocks/sender/sender-signing.js';
import type { DiagnosisSecrets } from '../signatures/signature-diagnosis.js';
import { createDeliveryHandler, type ListenEntry } from './delivery-handler.js';
import { createDeliveryLog, type DeliveryLog } from './delivery-log.js';
import { createForwarder } from './forward-delivery.js';
import { RECORDINGS_GITIGNORE, writeRecording } from './recording.js';
import { replayRecording } from './recording-replay.js';
import { createRecordingWriter } from './recording-writer.js';
import { createUiHandler, newUiToken } from './ui-server.js';

/** The default body limit: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface ListenOptions {
  /** The delivery port. 0 picks a free one. */
  port: number;
  /** The delivery port's address. Default 127.0.0.1 (a tunnel reaches it there). */
  host?: string;
  /** The page's port, always on 127.0.0.1. Default: the delivery port + 1 (a free one when the delivery port is 0). */
  uiPort?: number;
  /** The app's URL; `{provider}` is replaced by `kustom` or `kushki`. */
  forwardTo?: string;
  /** Where recordings go (created, with a `.gitignore`). */
  recordDir?: string;
  secrets: DiagnosisSecrets;
  /** Timestamp tolerance for signatures, in seconds. Default 300. */
  toleranceSeconds?: number;
  maxBodyBytes?: number;
  /** How long the app may take to answer a forward, in ms. Default 10 000. */
  forwardTimeoutMs?: number;
  /** Called for each delivery once it has been answered and its recording written (or its failure known). */
  onDelivery?: (entry: ListenEntry) => void;
}

export interface RunningListen {
  /** `http://host:port` of the delivery port. */
  deliveryUrl: string;
  /** The page's URL, token included. */
  pageUrl: string;
  /** `http://127.0.0.1:port` of the page's port, without the token. */
  uiOrigin: string;
  token: string;
  log: DeliveryLog;
  /** Resolves once every delivery received so far has been answered, recorded (or reported as not) and passed to `onDelivery`. */
  idle(): Promise<void>;
  /** Stops taking deliveries, then waits for the ones in hand (their forwards and recordings) before closing the app's connections. */
  close(): Promise<void>;
}

function listenOn(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

async function prepareRecordDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  // An existing .gitignore is the user's: leave it.
  await writeFile(join(dir, '.gitignore'), RECORDINGS_GITIGNORE, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}

/** The secrets replay signs with: the first Kushki secret, every Kustom one. */
function signingSecrets(secrets: DiagnosisSecrets): SenderSecrets {
  return { ...(secrets.kushki[0] ? { kushki: secrets.kushki[0] } : {}), ...(secrets.kustom.length > 0 ? { kustom: secrets.kustom } : {}) };
}

/**
 * Starts listening. Rejects when a port is taken or the recordings folder cannot be made.
 *
 * @example
 * const listen = await startListen({ port: 4000, forwardTo: 'http://127.0.0.1:3000/webhooks/{provider}', recordDir: 'rec', secrets });
 * console.log(listen.pageUrl);
 */
export async function startListen(options: ListenOptions): Promise<RunningListen> {
  const host = options.host ?? '127.0.0.1';
  if (options.recordDir !== undefined) await prepareRecordDir(options.recordDir);
  const log = createDeliveryLog();
  const forwarder = options.forwardTo !== undefined ? createForwarder(options.forwardTimeoutMs ?? 10_000) : null;
  const writer = options.recordDir !== undefined ? createRecordingWriter() : null;
  const handler = createDeliveryHandler({
    write: writer === null ? undefined : (dir, recording) => writeRecording(dir, recording, writer.write),
    secrets: options.secrets,
    toleranceSeconds: options.toleranceSeconds,
    forwardTo: options.forwardTo ?? null,
    forwarder,
    recordDir: options.recordDir ?? null,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    onDelivery: (entry) => {
      log.add(entry);
      options.onDelivery?.(entry);
    },
  });
  const deliveries = createServer(handler.handle);
  deliveries.keepAliveTimeout = 30_000;
  const token = newUiToken();
  let uiPort = 0;
  const { forwardTo } = options;
  const secret = signingSecrets(options.secrets);
  const ui = createServer(
    createUiHandler({
      token,
      log,
      port: () => uiPort,
      replay:
        forwardTo === undefined
          ? null
          : (entry, originalHeaders) => replayRecording(entry.recording, { url: forwardTo, secret, originalHeaders }),
    }),
  );
  let port: number;
  try {
    port = await listenOn(deliveries, options.port, host);
    try {
      uiPort = await listenOn(ui, options.uiPort ?? (options.port === 0 ? 0 : port + 1), '127.0.0.1');
    } catch (error) {
      await closeServer(deliveries);
      throw error;
    }
  } catch (error) {
    forwarder?.close();
    await writer?.close();
    throw error;
  }
  const uiOrigin = `http://127.0.0.1:${uiPort}`;
  return {
    deliveryUrl: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    pageUrl: `${uiOrigin}/?token=${token}`,
    uiOrigin,
    token,
    log,
    idle: () => handler.idle(),
    async close() {
      await Promise.all([closeServer(deliveries), closeServer(ui)]);
      await handler.idle();
      forwarder?.close();
      await writer?.close();
    },
  };
}
