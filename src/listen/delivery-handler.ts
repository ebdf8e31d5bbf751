/**
 * The delivery port's request handler: reads a delivery (up to a limit), inspects it, forwards it to
 * the app, records it, then answers the provider. It takes deliveries only: no page, no API.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DiagnosisSecrets } from '../signatures/signature-diagnosis.js';
import type { Forwarder, ForwardOutcome } from './forward-delivery.js';
import { type DeliveryVerdicts, inspectDelivery } from './inspect-delivery.js';
import { bodyTextOf, RECORDING_FORMAT, type Recording, writeRecording } from './recording.js';

/** A delivery as listen reports it: the recording, and where it went (or why it could not be written). */
export interface ListenEntry {
  recording: Recording;
  /** The recording's file, when one was written. */
  file: string | null;
  /** Why the recording could not be written. */
  recordError: string | null;
  /** Time from the last body byte to the answer, in ms. */
  latencyMs: number;
}

export interface DeliveryHandlerOptions {
  secrets: DiagnosisSecrets;
  toleranceSeconds?: number;
  /** The app's URL (`{provider}` is replaced), or `null` to answer 200 without forwarding. */
  forwardTo: string | null;
  forwarder: Forwarder | null;
  recordDir: string | null;
  maxBodyBytes: number;
  onDelivery: (entry: ListenEntry) => void;
}

const DELIVERY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

function readBody(req: IncomingMessage, limit: number): Promise<{ body: Buffer | null; size: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Above the limit the rest is drained and counted, not kept.
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve({ body: size <= limit ? Buffer.concat(chunks, size) : null, size }));
    req.on('error', reject);
  });
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

/** The answer the provider gets from a forward: the app's, or a 502 / 504 that says what happened. */
function answerOf(outcome: ForwardOutcome): { status: number; contentType: string; body: Buffer } {
  if (outcome.status !== null) {
    return { status: outcome.status, contentType: outcome.contentType ?? 'application/octet-stream', body: outcome.answer };
  }
  const timedOut = outcome.error?.startsWith('no response within') === true;
  const error = timedOut ? 'app-timeout' : 'app-unreachable';
  const message = `hookproof listen could not deliver to the app at ${outcome.url}: ${outcome.error}`;
  return { status: timedOut ? 504 : 502, contentType: 'application/json', body: Buffer.from(JSON.stringify({ error, message })) };
}

export function createDeliveryHandler(options: DeliveryHandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  let sequence = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!DELIVERY_METHODS.has(req.method ?? '')) {
      req.resume();
      res.setHeader('allow', 'POST, PUT, PATCH');
      json(res, 405, { error: 'method-not-allowed', message: 'this port only takes webhook deliveries' });
      return;
    }
    const number = ++sequence;
    const receivedAt = new Date().toISOString();
    const { body, size } = await readBody(req, options.maxBodyBytes);
    const started = performance.now();
    const headers = headersOf(req);
    let verdicts: DeliveryVerdicts | null = null;
    let inspectError: string | null = null;
    let forward: ForwardOutcome | null = null;
    let answer: { status: number; contentType: string; body: Buffer };
    if (body === null) {
      const message = `the body is ${size} bytes, more than the ${options.maxBodyBytes} bytes listen accepts (--max-body)`;
      answer = { status: 413, contentType: 'application/json', body: Buffer.from(JSON.stringify({ error: 'payload-too-large', message })) };
    } else {
      // A delivery that cannot be inspected is still forwarded and recorded.
      verdicts = await inspectDelivery({
        path: req.url ?? '/',
        headers: req.headers,
        body,
        secrets: options.secrets,
        toleranceSeconds: options.toleranceSeconds,
      }).catch((error: unknown) => {
        inspectError = error instanceof Error ? error.message : String(error);
        return null;
      });
      if (options.forwardTo !== null && options.forwarder !== null) {
        const url = options.forwardTo.replaceAll('{provider}', verdicts?.provider ?? 'unknown');
        forward = await options.forwarder.forward(url, req.headers, body);
        answer = answerOf(forward);
      } else {
        answer = { status: 200, contentType: 'application/json', body: Buffer.from('{"received":true}') };
      }
    }
    const recording: Recording = {
      hookproof: RECORDING_FORMAT,
      sequence: number,
      receivedAt,
      method: req.method ?? 'POST',
      path: req.url ?? '/',
      headers,
      bodySize: size,
      bodyBase64: body === null ? null : body.toString('base64'),
      bodyText: body === null ? null : bodyTextOf(body),
      answeredStatus: answer.status,
      verdicts,
      inspectError,
      forward:
        forward === null
          ? null
          : {
              url: forward.url,
              status: forward.status,
              latencyMs: forward.latencyMs,
              responseBody: forward.responseBody,
              error: forward.error,
            },
    };
    let file: string | null = null;
    let recordError: string | null = null;
    if (options.recordDir !== null) {
      try {
        file = await writeRecording(options.recordDir, recording);
      } catch (error) {
        recordError = `could not write the recording: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
        // Nothing else holds the delivery: make the provider retry it.
        if (forward === null && body !== null) {
          recording.answeredStatus = 503;
          answer = {
            status: 503,
            contentType: 'application/json',
            body: Buffer.from(JSON.stringify({ error: 'not-recorded', message: recordError })),
          };
        }
      }
    }
    res.writeHead(answer.status, { 'content-type': answer.contentType, 'content-length': answer.body.length }).end(answer.body);
    options.onDelivery({ recording, file, recordError, latencyMs: Math.round(performance.now() - started) });
  };
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: 'listen-failed', message: error instanceof Error ? error.message : String(error) });
      else res.destroy();
    });
  };
}
