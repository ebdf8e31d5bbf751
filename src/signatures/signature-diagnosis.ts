/**
 * Why a delivery's signature does or does not verify, in more words than a receiver needs: which of
 * several secrets matched, or whether the headers are missing, the timestamp stale, the secret wrong,
 * or the body not the bytes that were signed. For tools that inspect deliveries (`hookproof listen`),
 * not for receivers: a receiver answers 401 and moves on.
 */
import type { Provider } from '../catalogue/variant-catalogue.js';
import { signKushki, verifyKushkiSignature } from './kushki-signature.js';
import type { KustomSecret } from './kustom-secret.js';
import { verifyKustomSignature } from './kustom-signature.js';
import { rawBodyText } from './raw-body.js';
import { headerValue, type WebhookHeaders } from './webhook-headers.js';
import { type VerificationFailureReason, WebhookVerificationError } from './webhook-verification-error.js';

/**
 * Why a signature did not verify: the reasons of `WebhookVerificationError`, with `bad-signature`
 * told apart into `wrong-secret` (no given secret signed these bytes) and `body-altered` (a given
 * secret signed a different rendering of the same JSON: a proxy or a body parser changed the bytes).
 */
export type SignatureProblem = Exclude<VerificationFailureReason, 'bad-signature'> | 'wrong-secret' | 'body-altered';

/** The verdict on a delivery's signature. */
export type SignatureVerdict =
  | { status: 'valid'; provider: Provider; secretIndex: number; message: string }
  | { status: 'invalid'; provider: Provider; reason: SignatureProblem; header: string | null; message: string }
  | { status: 'unchecked'; provider: Provider | null; message: string };

/** The secrets to try, per provider, in order (the index of the one that matched is reported). */
export interface DiagnosisSecrets {
  kustom: readonly KustomSecret[];
  kushki: readonly string[];
}

/** Options of `diagnoseSignature`. */
export interface DiagnoseOptions {
  provider: Provider | null;
  body: Uint8Array | string;
  headers: WebhookHeaders;
  secrets: DiagnosisSecrets;
  /** The tolerance of the timestamp, in seconds. Default 300. */
  toleranceSeconds?: number | undefined;
  /** The clock (a `Date` or ms since the epoch). Default: now. */
  now?: Date | number | undefined;
}

const DEFAULT_TOLERANCE_SECONDS = 300;

/** The provider whose signature headers a request carries, or `null`. */
export function signatureProviderOf(headers: WebhookHeaders): Provider | null {
  if (headerValue(headers, 'x-kushki-signature') !== undefined || headerValue(headers, 'x-kushki-id') !== undefined) return 'kushki';
  if (headerValue(headers, 'webhook-signature') !== undefined || headerValue(headers, 'webhook-id') !== undefined) return 'kustom';
  return null;
}

type Attempt = { ok: true; secretIndex: number } | { ok: false; error: WebhookVerificationError };

async function verifyWith(
  provider: Provider,
  body: Uint8Array | string,
  options: DiagnoseOptions,
  toleranceSeconds: number,
): Promise<Attempt> {
  const { headers, secrets, now } = options;
  try {
    if (provider === 'kustom') {
      const delivery = await verifyKustomSignature({ body, headers, secrets: secrets.kustom, toleranceSeconds, now });
      return { ok: true, secretIndex: delivery.secretIndex };
    }
    let last: WebhookVerificationError | undefined;
    for (const [secretIndex, secret] of secrets.kushki.entries()) {
      try {
        await verifyKushkiSignature({ body, headers, secret, toleranceMs: toleranceSeconds * 1000, now });
        return { ok: true, secretIndex };
      } catch (error) {
        if (!(error instanceof WebhookVerificationError) || error.reason !== 'bad-signature') throw error;
        last = error;
      }
    }
    throw last;
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { ok: false, error };
    throw error;
  }
}

/** Other renderings of the same JSON a proxy or a framework may have sent on instead of the signed bytes. */
function otherRenderings(body: Uint8Array | string): { label: string; text: string }[] {
  const text = rawBodyText(body, 'diagnoseSignature');
  const renderings: { label: string; text: string }[] = [];
  try {
    const value: unknown = JSON.parse(text);
    renderings.push(
      { label: 'compact JSON', text: JSON.stringify(value) },
      { label: 'pretty-printed JSON', text: JSON.stringify(value, null, 2) },
    );
  } catch {
    // Not JSON: only whitespace changes are tried.
  }
  renderings.push(
    { label: 'the body without its trailing whitespace', text: text.trimEnd() },
    { label: 'the body with a final newline', text: `${text}\n` },
  );
  renderings.push({ label: 'the body with LF line ends', text: text.replace(/\r\n/g, '\n') });
  return renderings.filter((r) => r.text !== text);
}

/** Kushki's simple signature covers only `X-Kushki-Id`: when it matches a secret, the secret is right and the body is what changed. */
async function kushkiSecretProvedBySimpleSignature(options: DiagnoseOptions): Promise<boolean> {
  const simple = headerValue(options.headers, 'x-kushki-simplesignature');
  const id = headerValue(options.headers, 'x-kushki-id');
  if (simple === undefined || id === undefined) return false;
  for (const secret of options.secrets.kushki) {
    const signed = await signKushki({ body: '', secret, id });
    if (signed['X-Kushki-SimpleSignature'] === simple.toLowerCase()) return true;
  }
  return false;
}

async function diagnoseBadSignature(
  provider: Provider,
  options: DiagnoseOptions,
  error: WebhookVerificationError,
): Promise<SignatureVerdict> {
  const header = error.header ?? null;
  for (const rendering of otherRenderings(options.body)) {
    const attempt = await verifyWith(provider, rendering.text, options, Number.POSITIVE_INFINITY);
    if (attempt.ok) {
      const message = `the signature was made over ${rendering.label} of this body, not over the bytes received: something between the provider and here changed them`;
      return { status: 'invalid', provider, reason: 'body-altered', header, message };
    }
  }
  if (provider === 'kushki' && (await kushkiSecretProvedBySimpleSignature(options))) {
    const message =
      'x-kushki-simplesignature matches a given secret but x-kushki-signature does not: the body is not the bytes that were signed';
    return { status: 'invalid', provider, reason: 'body-altered', header, message };
  }
  const count = provider === 'kustom' ? options.secrets.kustom.length : options.secrets.kushki.length;
  const message = `${header ?? 'the signature'} matches none of the ${count} given ${provider} secret(s): a wrong secret, a forged delivery, or a body changed beyond recognition`;
  return { status: 'invalid', provider, reason: 'wrong-secret', header, message };
}

/**
 * Verifies a delivery's signature with every given secret and says why it fails. Never throws for a
 * bad delivery; a configuration mistake (an undecodable secret) still throws a `TypeError`.
 *
 * @example
 * import { diagnoseSignature } from 'hookproof';
 *
 * const verdict = await diagnoseSignature({ provider: 'kushki', body, headers, secrets: { kushki: [secret], kustom: [] } });
 * if (verdict.status === 'invalid') console.log(verdict.reason, verdict.message); // 'body-altered', ...
 * @see https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md#verifying-webhook-authenticity
 */
export async function diagnoseSignature(options: DiagnoseOptions): Promise<SignatureVerdict> {
  const provider = options.provider ?? signatureProviderOf(options.headers);
  if (provider === null)
    return { status: 'unchecked', provider: null, message: 'neither a Kustom nor a Kushki delivery: no signature to check' };
  const count = provider === 'kustom' ? options.secrets.kustom.length : options.secrets.kushki.length;
  if (count === 0) return { status: 'unchecked', provider, message: `no ${provider} secret given` };
  // The usual case costs one verification; a failure is looked at again to say why.
  const timely = await verifyWith(provider, options.body, options, options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS);
  if (timely.ok) return valid(provider, timely.secretIndex);
  const { error } = timely;
  if (error.reason === 'bad-signature') return diagnoseBadSignature(provider, options, error);
  if (error.reason !== 'stale-timestamp' && error.reason !== 'future-timestamp') {
    return { status: 'invalid', provider, reason: error.reason, header: error.header ?? null, message: error.message };
  }
  // A stale (or future) delivery: is it at least signed with a given secret?
  // The headers parsed before the timestamp was judged, so without a tolerance only the signature can fail.
  const signature = await verifyWith(provider, options.body, options, Number.POSITIVE_INFINITY);
  if (!signature.ok) return diagnoseBadSignature(provider, options, signature.error);
  const message = `${error.message} (the signature itself matches secret #${signature.secretIndex + 1})`;
  return { status: 'invalid', provider, reason: error.reason, header: error.header ?? null, message };
}

function valid(provider: Provider, secretIndex: number): SignatureVerdict {
  return {
    status: 'valid',
    provider,
    secretIndex,
    message: `signed with ${provider} secret #${secretIndex + 1}`,
  };
}
