/** The line `hookproof listen` prints per delivery: time, provider, variant, verdicts, forward, latency. */
import type { ListenEntry } from './delivery-handler.js';

function signatureText(entry: ListenEntry): string {
  const signature = entry.recording.verdicts?.signature;
  if (!signature) return 'signature -';
  if (signature.status === 'valid') return `signature ok (secret #${signature.secretIndex + 1})`;
  if (signature.status === 'unchecked') return 'signature unchecked';
  return `signature ${signature.reason.toUpperCase()}`;
}

function validationText(entry: ListenEntry): string {
  const validation = entry.recording.verdicts?.validation;
  if (!validation) return `NOT INSPECTED (${entry.recording.inspectError ?? 'no verdict'})`;
  const first = validation.errors[0];
  const status = validation.status === 'valid' ? 'valid' : `INVALID ${first ? `${first.path || '(body)'} ${first.message}` : ''}`.trim();
  const warnings =
    validation.warnings.length > 0 ? `, ${validation.warnings.length} warning(s) ${validation.warnings.map((w) => w.path).join(' ')}` : '';
  const drift = validation.drift.length > 0 ? `, drift ${validation.drift.map((d) => d.path).join(' ')}` : '';
  return status + warnings + drift;
}

function forwardText(entry: ListenEntry): string {
  const { forward, answeredStatus } = entry.recording;
  if (!forward) return `answered ${answeredStatus}`;
  return forward.status === null ? `app DOWN (${forward.error}), answered ${answeredStatus}` : `app ${forward.status}`;
}

/** One human line. */
export function deliveryLine(entry: ListenEntry): string {
  const r = entry.recording;
  const time = r.receivedAt.slice(11, 23);
  const what = `${r.verdicts?.provider ?? 'unknown'} ${r.verdicts?.validation.variant ?? 'unrecognised'}`;
  const recorded = entry.recordError ? `  RECORDING FAILED: ${entry.recordError}` : '';
  const size = r.bodyBase64 === null ? `  TOO LARGE (${r.bodySize} bytes), answered ${r.answeredStatus}` : '';
  if (size) return `${time}  ${r.method} ${r.path}${size}${recorded}`;
  return `${time}  ${what}  ${signatureText(entry)}  ${validationText(entry)}  ${forwardText(entry)}  ${entry.latencyMs} ms${recorded}`;
}

/** One JSON line (`--json`): the summary a script needs, the full recording on the page and in the file. */
export function deliveryJson(entry: ListenEntry): string {
  const r = entry.recording;
  return JSON.stringify({
    type: 'delivery',
    sequence: r.sequence,
    receivedAt: r.receivedAt,
    method: r.method,
    path: r.path,
    bodySize: r.bodySize,
    provider: r.verdicts?.provider ?? null,
    variant: r.verdicts?.validation.variant ?? null,
    signature: r.verdicts?.signature ?? null,
    validation: r.verdicts?.validation ?? null,
    inspectError: r.inspectError,
    answeredStatus: r.answeredStatus,
    forward: r.forward,
    latencyMs: entry.latencyMs,
    file: entry.file,
    recordError: entry.recordError,
  });
}
