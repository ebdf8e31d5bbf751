/**
 * The control API of `hookproof mock`, under `/__hookproof/`: what a test or the scenario runner does
 * that a Kustom client cannot (authorize orders, drive sessions, inject faults, redeliver callbacks,
 * read the state and the calls received, reset). Each route calls the in-process `KustomMock`
 * function of the same name: the HTTP API adds nothing to the rules.
 */
import type { KustomSecret } from '../../src/signatures/kustom-secret.js';
import type { KustomIppSessionEvent } from '../../src/webhook-unions.js';
import type { KustomMock, KustomMockDelivery } from '../msw/index.js';
import { KustomMockError } from '../msw/index.js';
import { faultProblem, type OrderFault } from '../msw/order-faults.js';
import { fastSchedule } from '../sender/retry-schedule.js';
import { json } from './node-http-adapter.js';

/** The reserved path prefix of the control API. */
export const CONTROL_PREFIX = '/__hookproof';

/** What the control API needs besides the mock. */
export interface ControlContext {
  mock: KustomMock;
  /** The secret callbacks are signed with when the receiver is registered without one. */
  defaultSecret: KustomSecret | readonly KustomSecret[] | undefined;
  /** How long one callback delivery attempt may take, in ms. */
  deliveryTimeoutMs: number;
}

type Route = (
  context: ControlContext,
  params: string[],
  body: Record<string, unknown>,
  query: URLSearchParams,
) => Promise<Response> | Response;

class BadRequest extends Error {}

const EVENT_TYPES = ['ipp.session.created', 'ipp.session.activated', 'ipp.session.finalized', 'ipp.session.cancelled'];

/** A delivery as the control API shows it. */
function deliverySummary(d: KustomMockDelivery) {
  return {
    sessionId: d.sessionId,
    eventId: d.event.id,
    type: d.event.type,
    outcome: d.outcome,
    attempts: (d.record?.attempts ?? []).map((a) => ({
      status: a.status,
      startedAt: a.startedAt,
      latencyMs: a.latencyMs,
      error: a.error?.kind ?? null,
    })),
  };
}

const int = (value: unknown, name: string, fallback?: number): number => {
  if (value === undefined && fallback !== undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < 0) throw new BadRequest(`${name} must be a non-negative integer`);
  return value as number;
};

function sessionView(context: ControlContext, sessionId: string) {
  const { mock } = context;
  const session = mock.sessions.get(sessionId);
  if (!session) return json(404, { error: `no session ${sessionId}` });
  const orderId = session.order_id;
  return json(200, {
    now: Date.now(),
    session,
    deliveries: mock.deliveries.filter((d) => d.sessionId === sessionId).map(deliverySummary),
    order: orderId ? (mock.orders.get(orderId) ?? null) : null,
    calls: orderId ? mock.calls.filter((c) => c.orderId === orderId) : [],
  });
}

const routes: [string, RegExp, Route][] = [
  [
    'GET',
    /^\/state$/,
    ({ mock }, _p, _b, query) => {
      const since = Number(query.get('since_seq') ?? 0);
      return json(200, {
        now: Date.now(),
        receiver: mock.receiver ? String(mock.receiver.target) : null,
        orders: mock.orders.list(),
        sessions: mock.sessions.list(),
        deliveries: mock.deliveries.map(deliverySummary),
        calls: mock.calls.filter((c) => c.seq > since),
      });
    },
  ],
  [
    'PUT',
    /^\/receiver$/,
    (context, _p, body) => {
      if (typeof body.url !== 'string' || !/^https?:\/\//.test(body.url)) throw new BadRequest('url must be an http(s) URL');
      const secret = (body.secret as KustomSecret | KustomSecret[] | undefined) ?? context.defaultSecret;
      context.mock.setReceiver({
        target: body.url,
        schedule: fastSchedule,
        timeoutMs: context.deliveryTimeoutMs,
        ...(secret === undefined ? {} : { secret: { kustom: secret } }),
      });
      return json(200, { receiver: body.url });
    },
  ],
  [
    'DELETE',
    /^\/receiver$/,
    ({ mock }) => {
      mock.setReceiver(null);
      return json(204, undefined);
    },
  ],
  [
    'POST',
    /^\/orders$/,
    ({ mock }, _p, body) => {
      const order = mock.orders.authorize({
        order_amount: int(body.order_amount, 'order_amount'),
        ...(typeof body.purchase_currency === 'string' ? { purchase_currency: body.purchase_currency } : {}),
        ...(typeof body.order_id === 'string' ? { order_id: body.order_id } : {}),
      });
      return json(201, order);
    },
  ],
  [
    'GET',
    /^\/orders\/([^/]+)$/,
    ({ mock }, [id = '']) => {
      const order = mock.orders.get(id);
      return order ? json(200, { order, calls: mock.calls.filter((c) => c.orderId === id) }) : json(404, { error: `no order ${id}` });
    },
  ],
  [
    'POST',
    /^\/orders\/([^/]+)\/captures$/,
    ({ mock }, [id = ''], body) =>
      json(201, mock.orders.capture(id, body.captured_amount === undefined ? undefined : int(body.captured_amount, 'captured_amount'))),
  ],
  [
    'POST',
    /^\/orders\/([^/]+)\/faults$/,
    ({ mock }, [id = ''], body) => {
      const problem = faultProblem(body);
      if (problem) throw new BadRequest(problem);
      mock.injectFault(id, body as unknown as OrderFault);
      return json(201, { order_id: id, fault: body });
    },
  ],
  [
    'POST',
    /^\/sessions$/,
    ({ mock }, _p, body) => {
      const { hold, location_id, ...request } = body;
      const session = mock.sessions.create({ device_id: 'dev_hookproof', purchase_currency: 'EUR', ...request } as never, {
        hold: hold === true,
        ...(typeof location_id === 'string' ? { locationId: location_id } : {}),
      });
      return json(201, session);
    },
  ],
  ['GET', /^\/sessions\/([^/]+)$/, (context, [id = '']) => sessionView(context, id)],
  [
    'POST',
    /^\/sessions\/([^/]+)\/simulate$/,
    async ({ mock }, [id = ''], body) => {
      if (!['activated', 'finalized', 'cancelled'].includes(String(body.step)))
        throw new BadRequest('step must be activated, finalized or cancelled');
      return json(200, await mock.simulate(id, body.step as 'activated' | 'finalized' | 'cancelled'));
    },
  ],
  [
    'POST',
    /^\/sessions\/([^/]+)\/deliveries$/,
    async ({ mock }, [id = ''], body) => {
      if (!EVENT_TYPES.includes(String(body.type))) throw new BadRequest(`type must be one of ${EVENT_TYPES.join(', ')}`);
      const copies = int(body.copies, 'copies', 1);
      if (copies < 1 || copies > 2) throw new BadRequest('copies must be 1 or 2');
      const deliveries = await mock.sessions.deliver(id, body.type as KustomIppSessionEvent['type'], {
        copies,
        concurrent: body.concurrent === true,
      });
      return json(200, { deliveries: deliveries.map(deliverySummary) });
    },
  ],
  [
    'POST',
    /^\/reset$/,
    ({ mock }) => {
      mock.reset();
      return json(204, undefined);
    },
  ],
];

/**
 * Answers a control request (`path` is after the prefix). Errors are JSON `{ error }` with a 4xx.
 *
 * @example
 * const response = await handleControl(context, 'POST', '/orders', { order_amount: 1000 }, new URLSearchParams());
 */
export async function handleControl(
  context: ControlContext,
  method: string,
  path: string,
  bodyText: string,
  query: URLSearchParams,
): Promise<Response> {
  const matching = routes.filter(([, pattern]) => pattern.test(path));
  const route = matching.find(([m]) => m === method);
  if (!route)
    return matching.length
      ? json(405, { error: `${method} not allowed on ${CONTROL_PREFIX}${path}` })
      : json(404, { error: `no control route ${CONTROL_PREFIX}${path}` });
  let body: Record<string, unknown> = {};
  if (bodyText.trim()) {
    try {
      body = JSON.parse(bodyText) as Record<string, unknown>;
    } catch {
      return json(400, { error: 'the body is not JSON' });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return json(400, { error: 'the body must be a JSON object' });
  }
  const params = (route[1].exec(path) ?? []).slice(1).map((p) => decodeURIComponent(p));
  try {
    return await route[2](context, params, body, query);
  } catch (error) {
    if (error instanceof BadRequest) return json(400, { error: error.message });
    if (error instanceof KustomMockError) return json(error.error.status, { error: error.message, code: error.error.code });
    throw error;
  }
}
