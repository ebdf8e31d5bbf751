/**
 * A recorded delivery: one JSON file per delivery, with a format marker, everything needed to replay
 * it byte for byte, and the verdicts listen gave it. Named so that a directory listing reads in
 * arrival order.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliveryVerdicts } from './inspect-delivery.js';

/** The format marker of recordings; bumped when a field changes meaning. */
export const RECORDING_FORMAT = 'recording/1';

/** What came of forwarding a delivery to the app. */
export interface ForwardResult {
  url: string;
  /** The app's status, or `null` when it could not be reached. */
  status: number | null;
  latencyMs: number;
  /** The app's answer (cut to 2 000 characters). */
  responseBody: string;
  /** Why the app could not be reached (`ECONNREFUSED`, a timeout). */
  error: string | null;
}

/** One delivery as listen saw it. */
export interface Recording {
  /** The format marker: `recording/1`. */
  hookproof: typeof RECORDING_FORMAT;
  /** The delivery's number in this listen session, from 1. */
  sequence: number;
  receivedAt: string;
  method: string;
  /** The request path and query, as received. */
  path: string;
  /** The request headers, names in lower case (repeats joined with `, `). */
  headers: Record<string, string>;
  /** The body's size in bytes (also for a body refused as too large). */
  bodySize: number;
  /** The exact body bytes, base64; `null` when the body was refused as too large. */
  bodyBase64: string | null;
  /** The body as text when it is valid UTF-8, else `null`. */
  bodyText: string | null;
  /** The status listen answered the provider with. */
  answeredStatus: number;
  /** The verdicts; `null` for a body refused as too large, or when inspecting it failed (`inspectError`). */
  verdicts: DeliveryVerdicts | null;
  inspectError: string | null;
  forward: ForwardResult | null;
}

/** The body as text, or `null` when it is not valid UTF-8. */
export function bodyTextOf(body: Uint8Array): string | null {
  return isUtf8(body) ? Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') : null;
}

/** `20261130T083512.123Z-0007-kushki.card.approved.json`: time first, so `ls` lists in arrival order. */
export function recordingFileName(recording: Pick<Recording, 'receivedAt' | 'sequence' | 'verdicts'>): string {
  const time = recording.receivedAt.replace(/[-:]/g, '');
  const provider = recording.verdicts?.provider ?? 'unknown';
  const what = recording.verdicts?.validation.variant ?? 'unrecognised';
  const label = (what.startsWith(`${provider}.`) ? what : `${provider}-${what}`).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80);
  return `${time}-${String(recording.sequence).padStart(4, '0')}-${label}.json`;
}

/** What keeps recordings out of git: they hold customers' personal data. */
export const RECORDINGS_GITIGNORE =
  "# hookproof listen recordings hold real deliveries, with customers' personal data: keep them out of git.\n*\n";

/** Creates a new file (never over an existing one), off the event loop. */
const writeNewFile = (file: string, text: string): Promise<void> => writeFile(file, text, { flag: 'wx' });

/**
 * Writes a recording into `dir` (pretty-printed, to be read and diffed), never over an existing file;
 * rejects when it cannot. `write` creates the file: by default through the thread pool, in listen
 * through its recording writer.
 */
export async function writeRecording(dir: string, recording: Recording, write = writeNewFile): Promise<string> {
  const file = join(dir, recordingFileName(recording));
  await write(file, `${JSON.stringify(recording, null, 2)}\n`);
  return file;
}
