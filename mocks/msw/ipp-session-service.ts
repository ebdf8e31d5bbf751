/**
 * The In-Person Payments side of the Kustom mock: sessions are created and cancelled through the API,
 * driven to `activated` and `finalized` by `simulate` (what the device and the customer do), and each
 * step emits its callback. A finalized session authorizes an order in Order Management.
 */
import type { KustomIppSessionEvent } from '../../src/webhook-unions.js';
import { createFixtures, type Fixtures } from '../fixtures/create-fixtures.js';
import { isTerminal, transitionSession } from './ipp-session-state.js';
import { apiError, type KustomApiError } from './kustom-api-errors.js';
import type { IppSession, IppSessionRequest, OrderLine } from './kustom-api-types.js';
import type { KustomMockState } from './kustom-mock-state.js';
import { authorizeOrder } from './order-ledger.js';
import type { WebhookEmitter } from './webhook-emitter.js';

/** What `simulate` can make happen on the device: the clerk picks a method, the customer pays, the clerk cancels. */
export type SimulatedStep = 'activated' | 'finalized' | 'cancelled';

/** A request the mock refuses: the session is unknown, or its state does not allow the step. */
export class KustomMockError extends Error {
  override readonly name = 'KustomMockError';
  constructor(readonly error: KustomApiError) {
    super(error.messages.join(' '));
  }
}

export interface IppSessionService {
  /** Creates a session; with `hold`, its callbacks are recorded and not delivered (see `WebhookEmitter.redeliver`). */
  create(request: IppSessionRequest, locationId: string, hold?: boolean): IppSession;
  cancel(sessionId: string): { ok: true; session: IppSession } | { ok: false; error: KustomApiError };
  simulate(sessionId: string, step: SimulatedStep): Promise<IppSession>;
}

const orderLinesOf = (request: IppSessionRequest): OrderLine[] =>
  (request.order_items ?? []).map((item) => ({ type: 'physical', ...item }));

/** The session service over `state`, emitting through `emitter`, stamping events with `now`. */
export function createIppSessionService(
  state: KustomMockState,
  emitter: WebhookEmitter,
  now: () => Date,
  merchantId: string,
): IppSessionService {
  const events = (): Fixtures => createFixtures({ seed: state.rng.int(-0x8000_0000, 0x7fff_ffff) });

  const callback = (session: IppSession): KustomIppSessionEvent => {
    const fx = events();
    const at = now();
    const data = { session_id: session.session_id };
    switch (session.status) {
      case 'CREATED':
        return fx.kustom.sessionCreated({ merchant_id: merchantId, data }, { at });
      case 'ACTIVATED':
        return fx.kustom.sessionActivated({ merchant_id: merchantId, data }, { at });
      case 'CANCELLED':
        return fx.kustom.sessionCancelled({ merchant_id: merchantId, data }, { at });
      case 'FINALIZED':
        return fx.kustom.sessionFinalized({ merchant_id: merchantId, data: { ...data, order_id: session.order_id ?? '' } }, { at });
    }
  };

  const emit = (session: IppSession): Promise<void> => emitter.emit(session.session_id, callback(session));

  /** Moves a session one step and emits its callback; the returned promise is the delivery. */
  const step = (sessionId: string, to: 'ACTIVATED' | 'FINALIZED' | 'CANCELLED') => {
    const record = state.sessions.get(sessionId);
    if (!record) return { ok: false as const, error: apiError('NO_SUCH_SESSION', `No session with id ${sessionId}.`) };
    let orderId: string | undefined;
    if (to === 'FINALIZED') orderId = state.rng.uuidV4();
    const moved = transitionSession(record.session, to, orderId);
    if (!moved.ok) return moved;
    if (orderId !== undefined) {
      const order = authorizeOrder({
        order_id: orderId,
        purchase_currency: record.request.purchase_currency,
        order_amount: record.request.order_amount,
        order_lines: orderLinesOf(record.request),
        ...(record.request.merchant_reference1 === undefined ? {} : { merchant_reference1: record.request.merchant_reference1 }),
        created_at: now().toISOString(),
      });
      state.orders.set(orderId, { order, acknowledged: false });
    }
    record.session = moved.session;
    return { ok: true as const, session: moved.session, delivered: emit(moved.session) };
  };

  return {
    create(request, locationId, hold = false) {
      const session: IppSession = {
        session_id: state.rng.uuidV4(),
        status: 'CREATED',
        location_id: locationId,
        device_id: request.device_id,
        order_amount: request.order_amount,
        purchase_currency: request.purchase_currency,
        ...(request.merchant_reference1 === undefined ? {} : { merchant_reference1: request.merchant_reference1 }),
        order_id: null,
      };
      state.sessions.set(session.session_id, { session, request });
      if (hold) emitter.held.add(session.session_id);
      void emit(session);
      return session;
    },
    cancel(sessionId) {
      const result = step(sessionId, 'CANCELLED');
      return result.ok ? { ok: true, session: result.session } : result;
    },
    async simulate(sessionId, target) {
      const current = state.sessions.get(sessionId)?.session;
      const path: ('ACTIVATED' | 'FINALIZED' | 'CANCELLED')[] =
        target === 'finalized' && current?.status === 'CREATED'
          ? ['ACTIVATED', 'FINALIZED']
          : [target.toUpperCase() as 'ACTIVATED' | 'FINALIZED' | 'CANCELLED'];
      if (current && isTerminal(current.status)) {
        throw new KustomMockError(apiError('NOT_ALLOWED', `Session ${sessionId} is ${current.status}: no more steps.`));
      }
      const deliveries: Promise<void>[] = [];
      let session: IppSession | undefined;
      for (const to of path) {
        const result = step(sessionId, to);
        if (!result.ok) throw new KustomMockError(result.error);
        session = result.session;
        deliveries.push(result.delivered);
      }
      await Promise.all(deliveries);
      return session as IppSession;
    },
  };
}
