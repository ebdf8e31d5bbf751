/**
 * MSW handlers of Kustom Order Management: get an order, capture, list and get captures, refund,
 * get refunds, cancel and acknowledge. The rules live in `order-ledger.ts`; this file is the HTTP edge.
 *
 * @see https://docs.kustom.co (Order Management API)
 */
import { type HttpHandler, http } from 'msw';
import { idempotencyKeyOf, once, type StoredResponse } from './idempotency-cache.js';
import { apiError, type KustomApiError } from './kustom-api-errors.js';
import type { Capture, CaptureRequest, Order, Refund, RefundRequest } from './kustom-api-types.js';
import { errorResponse, fieldErrors, type HandlerContext, readJsonObject, toResponse, unauthorized } from './mock-http.js';
import { cancelOrder, captureOrder, type LedgerResult, refundOrder } from './order-ledger.js';

type OrderParams = { order_id: string };
type Item = 'captures' | 'refunds';

const ok = (status: number, body: unknown = null, headers: Record<string, string> = {}): StoredResponse => ({ status, body, headers });

function noSuchOrder(context: HandlerContext, orderId: string): StoredResponse {
  return errorResponse(context, apiError('NO_SUCH_ORDER', `No order with id ${orderId}.`));
}

/** Applies a ledger result: stores the new order and answers `onOk`, or answers the error. */
function commit<T>(context: HandlerContext, result: LedgerResult<T>, onOk: (value: T, order: Order) => StoredResponse): StoredResponse {
  if (!result.ok) return errorResponse(context, result.error);
  const record = context.state.orders.get(result.order.order_id);
  if (record) record.order = result.order;
  return onOk(result.value, result.order);
}

/**
 * A POST that changes an order: authenticate, read the key and the body, then (with no `await` left)
 * look the order up and run `operation` once per idempotency key.
 */
function mutation(
  context: HandlerContext,
  scope: string,
  readBody: boolean,
  operation: (order: Order, body: Record<string, unknown>, request: Request) => StoredResponse,
) {
  return async ({ request, params }: { request: Request; params: OrderParams }): Promise<Response> => {
    const denied = unauthorized(context, request);
    if (denied) return toResponse(denied);
    const key = idempotencyKeyOf(request.headers);
    if (!key.ok) return toResponse(errorResponse(context, key.error));
    let body: Record<string, unknown> = {};
    let bodyError: KustomApiError | null = null;
    if (readBody) {
      const read = await readJsonObject(request);
      if (read.ok) body = read.value;
      else bodyError = read.error;
    }
    // Synchronous from here on: the lookup, the rule checks and the update cannot interleave.
    const record = context.state.orders.get(params.order_id);
    if (!record) return toResponse(noSuchOrder(context, params.order_id));
    return toResponse(
      once(context.state.idempotency, `${scope} ${params.order_id}`, key.key, () =>
        bodyError ? errorResponse(context, bodyError) : operation(record.order, body, request),
      ),
    );
  };
}

const location = (request: Request, orderId: string, item: Item, id: string): string =>
  `${new URL(request.url).origin}/ordermanagement/v1/orders/${orderId}/${item}/${id}`;

const OPTIONAL_FIELDS: [string, 'string' | 'array'][] = [
  ['description', 'string'],
  ['reference', 'string'],
  ['order_lines', 'array'],
];

/** The ledger operation, id field and response header of each kind of item an order gets. */
const items = {
  captures: { scope: 'capture', idField: 'capture_id', header: 'Capture-Id' },
  refunds: { scope: 'refund', idField: 'refund_id', header: 'Refund-Id' },
} as const;

/** `POST .../captures` or `POST .../refunds`: 201 with the new item's id header and `Location`. */
function creation<R extends CaptureRequest | RefundRequest, T extends Capture | Refund>(
  context: HandlerContext,
  item: Item,
  operation: (order: Order, request: R, ledger: { id: string; now: string }) => LedgerResult<T>,
) {
  const { scope, idField, header } = items[item];
  return mutation(context, scope, true, (order, body, request) => {
    const invalid = fieldErrors(body, OPTIONAL_FIELDS);
    if (invalid) return errorResponse(context, invalid);
    const result = operation(order, body as unknown as R, { id: context.state.rng.uuidV4(), now: context.now() });
    return commit(context, result, (created) => {
      const id = (created as Record<string, unknown>)[idField] as string;
      return ok(201, null, { [header]: id, Location: location(request, order.order_id, item, id) });
    });
  });
}

/**
 * The Order Management handlers for one base URL (`https://api.kustom.co`, ...).
 *
 * @example
 * const handlers = orderManagementHandlers('https://api.playground.kustom.co', context);
 */
export function orderManagementHandlers(baseUrl: string, context: HandlerContext): HttpHandler[] {
  const orders = `${baseUrl}/ordermanagement/v1/orders/:order_id`;

  const read =
    (pick: (order: Order, params: Record<string, string>) => StoredResponse) =>
    ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }): Response => {
      const denied = unauthorized(context, request);
      if (denied) return toResponse(denied);
      const orderId = String(params.order_id);
      const record = context.state.orders.get(orderId);
      if (!record) return toResponse(noSuchOrder(context, orderId));
      return toResponse(pick(record.order, params as Record<string, string>));
    };

  const one = (item: Item, idField: 'capture_id' | 'refund_id', code: 'NO_SUCH_CAPTURE' | 'NO_SUCH_REFUND') =>
    read((order, params) => {
      const found = (order[item] as { [k: string]: unknown }[]).find((x) => x[idField] === params.id);
      return found ? ok(200, found) : errorResponse(context, apiError(code, `No ${idField.replace('_id', '')} with id ${params.id}.`));
    });

  return [
    http.get(
      orders,
      read((order) => ok(200, order)),
    ),
    http.get(
      `${orders}/captures`,
      read((order) => ok(200, order.captures)),
    ),
    http.get(`${orders}/captures/:id`, one('captures', 'capture_id', 'NO_SUCH_CAPTURE')),
    http.get(`${orders}/refunds/:id`, one('refunds', 'refund_id', 'NO_SUCH_REFUND')),
    http.post<OrderParams>(`${orders}/captures`, creation(context, 'captures', captureOrder)),
    http.post<OrderParams>(`${orders}/refunds`, creation(context, 'refunds', refundOrder)),
    http.post<OrderParams>(
      `${orders}/cancel`,
      mutation(context, 'cancel', false, (order) => commit(context, cancelOrder(order), () => ok(204))),
    ),
    http.post<OrderParams>(
      `${orders}/acknowledge`,
      mutation(context, 'acknowledge', false, (order) => {
        const record = context.state.orders.get(order.order_id);
        if (record) record.acknowledged = true;
        return ok(204);
      }),
    ),
  ];
}
