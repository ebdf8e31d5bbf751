/**
 * The errors of the Kustom API mock: stable codes, their HTTP status, and the error body
 * `{ error_code, error_messages, correlation_id }` Kustom (Klarna-derived) answers with.
 */
import type { ErrorMessage } from './kustom-api-types.js';

/**
 * Every error code the mock answers with, and its HTTP status. The codes never change meaning.
 *
 * @example
 * kustomErrorCodes.CAPTURE_NOT_ALLOWED; // 403
 * @see https://docs.kustom.co (Order Management API, errors)
 */
export const kustomErrorCodes = {
  /** The request is malformed: invalid JSON, a missing or wrong field, a bad idempotency key. */
  BAD_VALUE: 400,
  /** Missing or wrong Basic credentials. */
  UNAUTHORIZED: 401,
  /** Capturing more than the remaining authorized amount, or capturing a cancelled order. */
  CAPTURE_NOT_ALLOWED: 403,
  /** Refunding more than was captured less what was already refunded. */
  REFUND_NOT_ALLOWED: 403,
  /** Cancelling an order that was (partly) captured or is already cancelled. */
  CANCEL_NOT_ALLOWED: 403,
  /** The session's state does not allow it (cancelling a finalized or cancelled session). */
  NOT_ALLOWED: 403,
  NO_SUCH_ORDER: 404,
  NO_SUCH_CAPTURE: 404,
  NO_SUCH_REFUND: 404,
  NO_SUCH_SESSION: 404,
} as const;

/** A stable error code of the Kustom API mock. */
export type KustomErrorCode = keyof typeof kustomErrorCodes;

/** An error as a value: its code, status and human-readable messages. */
export interface KustomApiError {
  code: KustomErrorCode;
  status: (typeof kustomErrorCodes)[KustomErrorCode];
  messages: string[];
}

/**
 * An error value of `code`.
 *
 * @example
 * apiError('NO_SUCH_ORDER', 'No order with id 1'); // { code: 'NO_SUCH_ORDER', status: 404, messages: [...] }
 */
export function apiError(code: KustomErrorCode, ...messages: string[]): KustomApiError {
  return { code, status: kustomErrorCodes[code], messages };
}

/** The response body of an error, the shape Kustom sends. */
export function errorBody(error: KustomApiError, correlationId: string): ErrorMessage {
  return { error_code: error.code, error_messages: error.messages, correlation_id: correlationId };
}
