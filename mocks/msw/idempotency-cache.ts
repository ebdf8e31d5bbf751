/**
 * `Klarna-Idempotency-Key`: a request repeated with the same key gets the first result and is not
 * carried out twice. Results are kept per operation and order, as complete responses.
 */
import { apiError, type KustomApiError } from './kustom-api-errors.js';

/** A response kept to be replayed: status, JSON body (or none) and headers. */
export interface StoredResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** The header Kustom reads the key from. */
export const IDEMPOTENCY_HEADER = 'Klarna-Idempotency-Key';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The idempotency key of a request: `null` when absent, an error when it is not a UUID.
 *
 * @example
 * idempotencyKeyOf(request.headers); // '6f1c...' | null | { error }
 */
export function idempotencyKeyOf(headers: Headers): { ok: true; key: string | null } | { ok: false; error: KustomApiError } {
  const key = headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return { ok: true, key: null };
  if (!UUID.test(key))
    return { ok: false, error: apiError('BAD_VALUE', `${IDEMPOTENCY_HEADER} must be a UUID, got ${JSON.stringify(key)}.`) };
  return { ok: true, key };
}

/**
 * Runs `operation` once per `scope` + `key`: the first result is stored and replayed to every later
 * request with the same key. Synchronous on purpose: with no `await` between the lookup and the
 * store, concurrent requests with one key cannot both run the operation.
 *
 * @example
 * const result = once(cache, `capture ${orderId}`, key, () => capture());
 */
export function once(
  cache: Map<string, StoredResponse>,
  scope: string,
  key: string | null,
  operation: () => StoredResponse,
): StoredResponse {
  if (key === null) return operation();
  const id = `${scope} ${key}`;
  const stored = cache.get(id);
  if (stored) return stored;
  const result = operation();
  // A malformed request (400) was never carried out: the corrected retry under the same key runs.
  if (result.status !== 400) cache.set(id, result);
  return result;
}
