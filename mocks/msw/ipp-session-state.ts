/**
 * The states of an In-Person Payments session, as a pure transition function:
 * `CREATED → ACTIVATED → FINALIZED`, `CREATED | ACTIVATED → CANCELLED`.
 */
import { apiError, type KustomApiError } from './kustom-api-errors.js';
import type { IppSession, IppSessionStatus } from './kustom-api-types.js';

const allowed: Record<IppSessionStatus, readonly IppSessionStatus[]> = {
  CREATED: ['ACTIVATED', 'CANCELLED'],
  ACTIVATED: ['FINALIZED', 'CANCELLED'],
  FINALIZED: [],
  CANCELLED: [],
};

/** Whether a session in `status` will send no more callbacks. */
export const isTerminal = (status: IppSessionStatus): boolean => allowed[status].length === 0;

/**
 * The session moved to `to`, or a `NOT_ALLOWED` error. Finalizing needs the `orderId` of the new order.
 *
 * @example
 * transitionSession(session, 'ACTIVATED'); // { ok: true, session: { ...session, status: 'ACTIVATED' } }
 */
export function transitionSession(
  session: IppSession,
  to: Exclude<IppSessionStatus, 'CREATED'>,
  orderId?: string,
): { ok: true; session: IppSession } | { ok: false; error: KustomApiError } {
  if (!allowed[session.status].includes(to)) {
    return { ok: false, error: apiError('NOT_ALLOWED', `Session ${session.session_id} is ${session.status} and cannot become ${to}.`) };
  }
  if (to === 'FINALIZED') {
    if (orderId === undefined) throw new TypeError('finalizing a session needs the order id');
    return { ok: true, session: { ...session, status: to, order_id: orderId } };
  }
  return { ok: true, session: { ...session, status: to } };
}
