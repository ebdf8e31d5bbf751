/**
 * The verdicts on one received delivery: which provider and variant, whether its signature holds (and
 * why not), whether it validates (errors, warnings), and which of its fields the schemas do not know.
 * Pure over `parseWebhook`, `schemaDrift` and `diagnoseSignature`: nothing here decides on its own.
 */
import type { Provider } from '../catalogue/variant-catalogue.js';
import { type DiagnosisSecrets, diagnoseSignature, type SignatureVerdict, signatureProviderOf } from '../signatures/signature-diagnosis.js';
import { decodeBody } from '../validation/decode-body.js';
import type { ParseIssue } from '../validation/parse-issue.js';
import { parseWebhook } from '../validation/parse-webhook.js';
import { type DriftField, schemaDrift } from '../validation/schema-drift.js';

/** The validation verdict: `valid` (the lax profile accepts it), `invalid` (it does not), with drift from the strict profile. */
export interface ValidationVerdict {
  status: 'valid' | 'invalid';
  /** A catalogue variant id, another Kustom event's `type`, or `null` when it could not be told. */
  variant: string | null;
  errors: ParseIssue[];
  warnings: ParseIssue[];
  /** Fields the schemas do not list. */
  drift: DriftField[];
}

export interface DeliveryVerdicts {
  provider: Provider | null;
  signature: SignatureVerdict;
  validation: ValidationVerdict;
}

export interface InspectOptions {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array;
  secrets: DiagnosisSecrets;
  toleranceSeconds?: number;
}

/** The provider a path names (`/webhooks/kushki`), if any. */
function providerOfPath(path: string): Provider | null {
  const segments = path.split('?')[0]?.toLowerCase().split('/') ?? [];
  if (segments.includes('kustom')) return 'kustom';
  if (segments.includes('kushki')) return 'kushki';
  return null;
}

function validationOf(body: Uint8Array, provider: Provider | null): { provider: Provider | null; verdict: ValidationVerdict } {
  const options = provider ? { provider } : {};
  // Decoded once, then validated with both profiles.
  const decoded = decodeBody(body);
  const parsed = parseWebhook(decoded.ok ? decoded.value : body, options);
  const drift = decoded.ok ? schemaDrift(decoded.value, options) : [];
  if (!parsed.ok) {
    return {
      provider: provider ?? parsed.provider,
      verdict: { status: 'invalid', variant: parsed.variant, errors: parsed.errors, warnings: [], drift },
    };
  }
  const variant = parsed.kind === 'variant' ? parsed.variant : parsed.type;
  return { provider: parsed.provider, verdict: { status: 'valid', variant, errors: [], warnings: parsed.warnings, drift } };
}

/**
 * Inspects a delivery. The provider comes from the signature headers, else the path, else the payload.
 *
 * @example
 * const verdicts = await inspectDelivery({ path: '/webhooks/kushki', headers: req.headers, body, secrets });
 * console.log(verdicts.signature.status, verdicts.validation.drift.map((d) => d.path));
 */
export async function inspectDelivery(options: InspectOptions): Promise<DeliveryVerdicts> {
  const claimed = signatureProviderOf(options.headers) ?? providerOfPath(options.path);
  const { provider, verdict } = validationOf(options.body, claimed);
  const signature = await diagnoseSignature({
    provider,
    body: options.body,
    headers: options.headers,
    secrets: options.secrets,
    toleranceSeconds: options.toleranceSeconds,
  });
  return { provider, signature, validation: verdict };
}
