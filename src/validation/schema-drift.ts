/**
 * Drift: fields a payload carries that the schemas do not document. Providers add fields without
 * notice; the lax profile accepts them, and this names them, so that a developer can tell whether the
 * documents or hookproof's schemas are behind what the provider really sends.
 */
import type { Provider } from '../catalogue/variant-catalogue.js';
import type { WebhookBody } from './decode-body.js';
import { valueAtPointer } from './parse-issue.js';
import { parseWebhook } from './parse-webhook.js';

/** One field the schemas do not know. */
export interface DriftField {
  /** JSON Pointer of the field: `/details/newField`. */
  path: string;
  /** The field's value in the payload (to judge whether a schema should list it). */
  value: unknown;
}

/**
 * The fields of a payload that its variant's schema does not list, found with the strict profile
 * (the same compiled validators, forbidding unlisted fields). Empty when there are none, and when
 * the payload cannot be recognised at all (nothing to compare it with).
 *
 * @example
 * import { schemaDrift } from 'hookproof';
 *
 * schemaDrift('{"paymentMethod":"card","status":"approvedTransaction", ..., "newField":1}');
 * // [{ path: '/newField', value: 1 }]
 */
export function schemaDrift(body: WebhookBody, options: { provider?: Provider } = {}): DriftField[] {
  const strict = parseWebhook(body, { ...options, strict: true });
  if (strict.ok) return [];
  const paths = strict.errors.filter((e) => e.keyword === 'unevaluatedProperties').map((e) => e.path);
  if (paths.length === 0) return [];
  let payload: unknown = body;
  if (typeof body === 'string' || body instanceof Uint8Array) {
    try {
      payload = JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
    } catch {
      return [];
    }
  }
  return [...new Set(paths)].map((path) => ({ path, value: valueAtPointer(payload, path) }));
}
