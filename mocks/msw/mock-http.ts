/**
 * The HTTP edge of the Kustom API mock: authentication, JSON bodies and error responses, shared by
 * the Order Management and IPP handlers.
 */
import { HttpResponse } from 'msw';
import { type BasicCredentials, isAuthorized } from './basic-auth.js';
import type { StoredResponse } from './idempotency-cache.js';
import { apiError, errorBody, type KustomApiError } from './kustom-api-errors.js';
import type { KustomMockState } from './kustom-mock-state.js';

/** What every handler needs. */
export interface HandlerContext {
  state: KustomMockState;
  credentials: BasicCredentials;
  /** The mock's clock, RFC 3339. */
  now: () => string;
}

/** An error response, `{ error_code, error_messages, correlation_id }`. */
export function errorResponse(context: HandlerContext, error: KustomApiError): StoredResponse {
  return { status: error.status, body: errorBody(error, context.state.rng.uuidV4()), headers: {} };
}

/** The 401 response when the request lacks the merchant's Basic credentials, else `null`. */
export function unauthorized(context: HandlerContext, request: Request): StoredResponse | null {
  if (isAuthorized(request.headers.get('authorization'), context.credentials)) return null;
  return errorResponse(context, apiError('UNAUTHORIZED', 'Missing or invalid Basic credentials.'));
}

/** The body as a JSON object, or a `BAD_VALUE` error. */
export async function readJsonObject(
  request: Request,
): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; error: KustomApiError }> {
  let value: unknown;
  try {
    value = JSON.parse(await request.text());
  } catch {
    return { ok: false, error: apiError('BAD_VALUE', 'The request body is not valid JSON.') };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: apiError('BAD_VALUE', 'The request body must be a JSON object.') };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** Field type errors of a JSON object: each `[field, expected]` whose value is present and not of that type. */
export function fieldErrors(body: Record<string, unknown>, fields: [string, 'string' | 'array'][]): KustomApiError | null {
  const wrong = fields.filter(([name, type]) => {
    const value = body[name];
    if (value === undefined) return false;
    return type === 'array' ? !Array.isArray(value) : typeof value !== type;
  });
  if (wrong.length === 0) return null;
  return apiError('BAD_VALUE', ...wrong.map(([name, type]) => `${name} must be ${type === 'array' ? 'an array' : 'a string'}.`));
}

/** A stored response as a new MSW response (a `Response` body can be read only once). */
export function toResponse(stored: StoredResponse): Response {
  if (stored.body === null || stored.body === undefined) return new HttpResponse(null, { status: stored.status, headers: stored.headers });
  return HttpResponse.json(stored.body as object, { status: stored.status, headers: stored.headers });
}
