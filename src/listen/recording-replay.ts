/**
 * Turns a recording back into a webhook for the sender: the exact body bytes, re-signed by default,
 * or with the headers it was received with (`originalHeaders`).
 */
import type { WebhookInput } from '../../mocks/sender/index.js';
import { sendWebhook } from '../../mocks/sender/index.js';
import type { SenderSecrets } from '../../mocks/sender/sender-signing.js';
import { endToEndHeaders } from './hop-by-hop.js';
import { RECORDING_FORMAT, type Recording } from './recording.js';

/** Whether a parsed JSON value is a listen recording (by its format marker). */
export function isRecording(value: unknown): value is Recording {
  return typeof value === 'object' && value !== null && (value as { hookproof?: unknown }).hookproof === RECORDING_FORMAT;
}

/** A recording read from a file, or why it is not one; `null` when the file is not a recording at all. */
export function recordingOf(bytes: Uint8Array): Recording | null {
  const text = new TextDecoder().decode(bytes);
  if (!text.includes('"hookproof"')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return isRecording(value) ? value : null;
}

/**
 * The sender input that replays a recording. Throws an `Error` with a one-line reason for a
 * recording that cannot be replayed (a body refused as too large, an unknown provider).
 */
export function recordingInput(recording: Recording, options: { originalHeaders?: boolean } = {}): WebhookInput {
  if (recording.bodyBase64 === null) throw new Error('its body was refused as too large and not recorded');
  const provider = recording.verdicts?.provider ?? null;
  if (provider === null)
    throw new Error('it is neither a Kustom nor a Kushki delivery, so it cannot be signed: replay it with its original headers');
  const body = new Uint8Array(Buffer.from(recording.bodyBase64, 'base64'));
  if (!options.originalHeaders) return { body, provider };
  return { body, provider, headers: endToEndHeaders(recording.headers), sign: false };
}

/** What a replay to the app gave. */
export interface ReplayResult {
  url: string;
  status: number | null;
  latencyMs: number;
  responseBody: string | null;
  error: string | null;
}

/**
 * Replays a recording to the app once (no retries), through the sender.
 *
 * @example
 * const result = await replayRecording(recording, { url: 'http://127.0.0.1:3000/webhooks/{provider}', secrets });
 */
export async function replayRecording(
  recording: Recording,
  options: { url: string; secret: SenderSecrets; originalHeaders?: boolean; timeoutMs?: number },
): Promise<ReplayResult> {
  const input = recordingInput(recording, options);
  const report = await sendWebhook({
    ...input,
    target: options.url,
    secret: options.secret,
    schedule: [0],
    timeoutMs: options.timeoutMs ?? 10_000,
  });
  const attempt = report.deliveries[0]?.attempts[0];
  return {
    url: options.url.replaceAll('{provider}', input.provider ?? 'unknown'),
    status: attempt?.status ?? null,
    latencyMs: attempt?.latencyMs ?? 0,
    responseBody: attempt?.responseBody ?? null,
    error: attempt?.error ? `${attempt.error.kind}: ${attempt.error.message}` : null,
  };
}
