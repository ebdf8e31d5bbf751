/**
 * `createKustomMock`: MSW handlers of the Kustom APIs a merchant calls (Order Management, In-Person
 * Payments), sharing one inspectable state with the webhooks the mock emits.
 */
import type { HttpHandler } from 'msw';
import type { KustomIppSessionEvent } from '../../src/webhook-unions.js';
import { kustomMerchantId } from '../fixtures/kustom-fixtures.js';
import { createRandomSource } from '../fixtures/random-source.js';
import type { BasicCredentials } from './basic-auth.js';
import type { KustomMockCall } from './call-journal.js';
import { ippHandlers } from './ipp-handlers.js';
import { checkIppSessionRequest } from './ipp-session-request.js';
import { createIppSessionService, KustomMockError, type SimulatedStep } from './ipp-session-service.js';
import { apiError } from './kustom-api-errors.js';
import type { Capture, IppSession, IppSessionRequest, Order, OrderLine } from './kustom-api-types.js';
import { createKustomMockState } from './kustom-mock-state.js';
import type { HandlerContext } from './mock-http.js';
import { observedHandlers } from './observed-handlers.js';
import { createFaultBook, type OrderFault } from './order-faults.js';
import { authorizeOrder, captureOrder } from './order-ledger.js';
import { orderManagementHandlers } from './order-management-handlers.js';
import { createWebhookEmitter, type KustomMockDelivery, type KustomMockReceiver, type RedeliveryOptions } from './webhook-emitter.js';

/** Kustom's production and playground API hosts: the mock answers on both by default. */
export const kustomApiBaseUrls = ['https://api.kustom.co', 'https://api.playground.kustom.co'] as const;

/** Options of {@link createKustomMock}. */
export interface KustomMockOptions {
  /** The merchant's API credentials: every request must carry them as `Authorization: Basic` (else 401). */
  credentials: BasicCredentials;
  /** The API host(s) to answer on. Default: production and playground ({@link kustomApiBaseUrls}). */
  baseUrl?: string | readonly string[] | undefined;
  /** Where to deliver the IPP callbacks. Without one, callbacks are recorded in `events` only. */
  receiver?: KustomMockReceiver | null | undefined;
  /** The merchant id of the callbacks. Default: drawn from the seed (`DM` + 8 digits). */
  merchantId?: string | undefined;
  /** Seed of the ids the mock assigns (sessions, orders, captures, refunds, events). Default `1`. */
  seed?: number | undefined;
  /** The mock's clock. Default: `new Date()` (so vitest fake timers apply). */
  now?: (() => Date) | undefined;
}

/** What an order is authorized with when a test puts one in the mock directly. */
export interface AuthorizeOrderInput {
  /** Minor units. */
  order_amount: number;
  /** Default `EUR`. */
  purchase_currency?: string | undefined;
  /** Default: a new UUID. */
  order_id?: string | undefined;
  order_lines?: OrderLine[] | undefined;
  merchant_reference1?: string | undefined;
}

/** The orders of the mock. Reads return copies: change orders through the API. */
export interface KustomMockOrders {
  get(orderId: string): Order | undefined;
  list(): Order[];
  /** Whether `POST .../acknowledge` was called for the order. */
  acknowledged(orderId: string): boolean;
  /** Puts a new `AUTHORIZED` order in Order Management, as a finalized session would. */
  authorize(input: AuthorizeOrderInput): Order;
  /**
   * Captures an order outside the receiver (as the merchant's staff would in the Portal): the whole
   * remaining authorized amount unless `amount` says. Throws a `KustomMockError` when the rules refuse.
   */
  capture(orderId: string, amount?: number): Capture;
}

/** How a session is created through {@link KustomMockSessions.create}. */
export interface CreateSessionOptions {
  /** Default `loc_hookproof`. */
  locationId?: string | undefined;
  /** Record the session's callbacks without delivering them; send them later with `deliver`, in any order. */
  hold?: boolean | undefined;
}

/** The IPP sessions of the mock. Reads return copies. */
export interface KustomMockSessions {
  get(sessionId: string): IppSession | undefined;
  list(): IppSession[];
  /** Starts a session on a device, as `POST /ipp/v1/sessions` does. Throws a `KustomMockError` for an invalid request. */
  create(request: IppSessionRequest, options?: CreateSessionOptions): IppSession;
  /**
   * Delivers the session's recorded callback of `type` (the latest of that type) to the receiver again:
   * the same event, the same `webhook-id`. Resolves with the deliveries once they finished.
   */
  deliver(sessionId: string, type: KustomIppSessionEvent['type'], options?: RedeliveryOptions): Promise<KustomMockDelivery[]>;
}

/** A running Kustom API mock. */
export interface KustomMock {
  /** The MSW request handlers: `setupServer(...mock.handlers)` or `setupWorker(...mock.handlers)`. */
  readonly handlers: HttpHandler[];
  readonly orders: KustomMockOrders;
  readonly sessions: KustomMockSessions;
  /** Every IPP callback the mock produced, in order, delivered or not. */
  readonly events: readonly KustomIppSessionEvent[];
  /** The deliveries of those callbacks to the registered receiver, with the sender's record of each. */
  readonly deliveries: readonly KustomMockDelivery[];
  /** The merchant id of the callbacks. */
  readonly merchantId: string;
  /** Every Kustom API call the handlers answered (the latest 10 000), with headers, body and status. */
  readonly calls: readonly KustomMockCall[];
  /**
   * Injects a fault into the next Order Management call(s) for `orderId` (by default the next capture):
   * a 5xx, a delay, or a response lost after the call was applied.
   */
  injectFault(orderId: string, fault: OrderFault): void;
  /**
   * Does on the device what the API cannot: `activated` (the clerk picks a payment method),
   * `finalized` (the customer pays; from `CREATED` this activates first; authorizes the order) or
   * `cancelled` (the clerk cancels). Resolves with the session once the callbacks were delivered.
   * Rejects with a `KustomMockError` for an unknown session or a step its state does not allow.
   */
  simulate(sessionId: string, step: SimulatedStep): Promise<IppSession>;
  /** Registers (or, with `null`, removes) the receiver of the callbacks. */
  setReceiver(receiver: KustomMockReceiver | null): void;
  /** The registered receiver, `null` when none. */
  readonly receiver: KustomMockReceiver | null;
  /** Resolves when every callback queued so far has been delivered or has failed. */
  settled(): Promise<void>;
  /**
   * Forgets every order, session, event, delivery, call, fault and idempotent result. Ids keep coming
   * from the same stream, so no event, session or order id is ever reused, even across resets.
   */
  reset(): void;
}

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

/**
 * Creates a stateful mock of the Kustom APIs for MSW.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createKustomMock } from 'hookproof/msw';
 *
 * const kustom = createKustomMock({ credentials: { username: 'K1', password: 's3cret' }, receiver: { target: app.fetch } });
 * const server = setupServer(...kustom.handlers);
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => kustom.reset());
 * afterAll(() => server.close());
 * @see https://mswjs.io/docs/api/setup-server
 */
export function createKustomMock(options: KustomMockOptions): KustomMock {
  const seed = options.seed ?? 1;
  const now = options.now ?? (() => new Date());
  const state = createKustomMockState(seed);
  const emitter = createWebhookEmitter(options.receiver ?? null);
  const merchantId = options.merchantId ?? kustomMerchantId(createRandomSource(seed));
  const context: HandlerContext = { state, credentials: options.credentials, now: () => now().toISOString() };
  const sessions = createIppSessionService(state, emitter, now, merchantId);
  const bases = (typeof options.baseUrl === 'string' ? [options.baseUrl] : (options.baseUrl ?? kustomApiBaseUrls)).map(trimSlash);
  for (const base of bases) new URL(base); // throws a TypeError on an invalid base URL
  const observation = { calls: [] as KustomMockCall[], faults: createFaultBook(), correlationId: () => state.rng.uuidV4() };
  const existing = (orderId: string) => {
    const record = state.orders.get(orderId);
    if (!record) throw new KustomMockError(apiError('NO_SUCH_ORDER', `No order with id ${orderId}.`));
    return record;
  };

  return {
    handlers: bases.flatMap((base) =>
      observedHandlers(base, [...orderManagementHandlers(base, context), ...ippHandlers(base, context, sessions)], observation),
    ),
    orders: {
      get: (id) => structuredClone(state.orders.get(id)?.order),
      list: () => [...state.orders.values()].map((r) => structuredClone(r.order)),
      acknowledged: (id) => state.orders.get(id)?.acknowledged ?? false,
      authorize(input) {
        const order = authorizeOrder({
          order_id: input.order_id ?? state.rng.uuidV4(),
          purchase_currency: input.purchase_currency ?? 'EUR',
          order_amount: input.order_amount,
          ...(input.order_lines ? { order_lines: input.order_lines } : {}),
          ...(input.merchant_reference1 === undefined ? {} : { merchant_reference1: input.merchant_reference1 }),
          created_at: now().toISOString(),
        });
        state.orders.set(order.order_id, { order, acknowledged: false });
        return structuredClone(order);
      },
      capture(orderId, amount) {
        const record = existing(orderId);
        const request = { captured_amount: amount ?? record.order.remaining_authorized_amount };
        const result = captureOrder(record.order, request, { id: state.rng.uuidV4(), now: context.now() });
        if (!result.ok) throw new KustomMockError(result.error);
        record.order = result.order;
        return structuredClone(result.value);
      },
    },
    sessions: {
      get: (id) => structuredClone(state.sessions.get(id)?.session),
      list: () => [...state.sessions.values()].map((r) => structuredClone(r.session)),
      create(request, createOptions = {}) {
        const checked = checkIppSessionRequest(request as unknown as Record<string, unknown>);
        if (!checked.ok) throw new KustomMockError(checked.error);
        return structuredClone(sessions.create(checked.value, createOptions.locationId ?? 'loc_hookproof', createOptions.hold === true));
      },
      deliver(sessionId, type, deliverOptions) {
        const event = [...emitter.events].reverse().find((e) => e.data.session_id === sessionId && e.type === type);
        if (!event) throw new KustomMockError(apiError('NO_SUCH_SESSION', `Session ${sessionId} has no ${type} callback recorded.`));
        return emitter.redeliver(sessionId, event, deliverOptions);
      },
    },
    get events() {
      return [...emitter.events];
    },
    get deliveries() {
      return [...emitter.deliveries];
    },
    merchantId,
    get calls() {
      return [...observation.calls];
    },
    injectFault: (orderId, fault) => observation.faults.inject(orderId, fault),
    simulate: (sessionId, step) => sessions.simulate(sessionId, step),
    setReceiver(receiver) {
      emitter.receiver = receiver;
    },
    get receiver() {
      return emitter.receiver;
    },
    settled: () => emitter.settled(),
    reset() {
      state.reset();
      emitter.reset();
      observation.calls.length = 0;
      observation.faults.clear();
    },
  };
}
