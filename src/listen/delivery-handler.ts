/**
 * The delivery port's request handler: reads a delivery (up to a limit), inspects it and forwards it
 * to the app. A forwarded delivery is answered with the app's answer as soon as it is known, and its
 * recording (which holds that answer) is written right after; a delivery that is not forwarded is
 * recorded before it is answered, so that a failed write can still ask the provider to retry. Every
 * delivery is reported (`onDelivery`) once its recording is written or has failed, and `idle()` waits
 * for the deliveries still in hand. It takes deliveries only: no page, no API.
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
  /** Writes a recording and resolves with its file. Default: `writeRecording`. */
  write?: (dir: string, recording: Recording) => Promise<string>;
}

/** The handler, and a way to wait for the deliveries it still holds (being forwarded, or their recordings written). */
export interface DeliveryHandler {
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  /** Resolves once every delivery received so far has been answered, recorded (or its write has failed) and reported. */
  idle(): Promise<void>;
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
    // A connection cut before the body ended (by the provider, or by listen stopping) leaves no delivery.
    req.on('close', () => {
      if (!req.complete) reject(new Error('the connection closed before the body ended'));
    });
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

/** What the provider is answered. */
interface Answer {
  status: number;
  contentType: string;
  body: Buffer;
}

const RECEIVED = Buffer.from('{"received":true}');

/** The answer the provider gets from a forward: the app's, or a 502 / 504 that says what happened. */
function answerOf(outcome: ForwardOutcome): Answer {
  if (outcome.status !== null) {
    return { status: outcome.status, contentType: outcome.contentType ?? 'application/octet-stream', body: outcome.answer };
  }
  const timedOut = outcome.error?.startsWith('no response within') === true;
  const error = timedOut ? 'app-timeout' : 'app-unreachable';
  const message = `hookproof listen could not deliver to the app at ${outcome.url}: ${outcome.error}`;
  return { status: timedOut ? 504 : 502, contentType: 'application/json', body: Buffer.from(JSON.stringify({ error, message })) };
}

function answer(res: ServerResponse, reply: Answer): void {
  res.writeHead(reply.status, { 'content-type': reply.contentType, 'content-length': reply.body.length }).end(reply.body);
}

/** Why a recording could not be written, in one line. */
function recordErrorOf(error: unknown): string {
  return `could not write the recording: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
}

export function createDeliveryHandler(options: DeliveryHandlerOptions): DeliveryHandler {
  const write = options.write ?? writeRecording;
  const { recordDir } = options;
  const inHand = new Set<Promise<void>>();
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
    let verdicts: DeliveryVerdicts | null = null;
    let inspectError: string | null = null;
    let forward: ForwardOutcome | null = null;
    let reply: Answer;
    if (body === null) {
      const message = `the body is ${size} bytes, more than the ${options.maxBodyBytes} bytes listen accepts (--max-body)`;
      reply = { status: 413, contentType: 'application/json', body: Buffer.from(JSON.stringify({ error: 'payload-too-large', message })) };
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
        forward = await options.forwarder.forward(url, req.rawHeaders, body);
        reply = answerOf(forward);
      } else {
        reply = { status: 200, contentType: 'application/json', body: RECEIVED };
      }
    }
    const recording: Recording = {
      hookproof: RECORDING_FORMAT,
      sequence: number,
      receivedAt,
      method: req.method ?? 'POST',
      path: req.url ?? '/',
      headers: headersOf(req),
      bodySize: size,
      bodyBase64: body === null ? null : body.toString('base64'),
      bodyText: body === null ? null : bodyTextOf(body),
      answeredStatus: reply.status,
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
    let latencyMs = 0;
    // The app has answered: so does the provider, and the recording (which holds that answer) follows.
    if (forward !== null) {
      answer(res, reply);
      latencyMs = Math.round(performance.now() - started);
    }
    let file: string | null = null;
    let recordError: string | null = null;
    if (recordDir !== null) {
      try {
        file = await write(recordDir, recording);
      } catch (error) {
        recordError = recordErrorOf(error);
        // Nothing else holds a delivery that was not forwarded: make the provider retry it.
        if (forward === null && body !== null) {
          recording.answeredStatus = 503;
          reply = {
            status: 503,
            contentType: 'application/json',
            body: Buffer.from(JSON.stringify({ error: 'not-recorded', message: recordError })),
          };
        }
      }
    }
    if (forward === null) {
      answer(res, reply);
      latencyMs = Math.round(performance.now() - started);
    }
    options.onDelivery({ recording, file, recordError, latencyMs });
  };
  return {
    handle: (req, res) => {
      const work = handle(req, res)
        .catch((error: unknown) => {
          if (!res.headersSent) json(res, 500, { error: 'listen-failed', message: error instanceof Error ? error.message : String(error) });
          else res.destroy();
        })
        .finally(() => inHand.delete(work));
      inHand.add(work);
    },
    async idle() {
      while (inHand.size > 0) await Promise.all(inHand);
    },
  };
}
