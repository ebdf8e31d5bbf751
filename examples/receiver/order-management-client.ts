/**
 * The few Kustom Order Management calls the receiver makes: read an order, capture it.
 */
import type { KustomApiComponents } from 'hookproof';
import type { OrderManagementConfig } from './receiver-config.js';

type Order = KustomApiComponents['schemas']['Order'];
type ErrorMessage = KustomApiComponents['schemas']['ErrorMessage'];

/** A call's result: the value, or the HTTP status and Kustom's error code. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; code: string };

function basicAuth(credentials: OrderManagementConfig['credentials']): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

async function failure(response: Response): Promise<{ ok: false; status: number; code: string }> {
  const body = (await response.json().catch(() => null)) as Partial<ErrorMessage> | null;
  return { ok: false, status: response.status, code: body?.error_code ?? `HTTP_${response.status}` };
}

/** A client of Order Management with the merchant's credentials. */
export function orderManagementClient(config: OrderManagementConfig) {
  const call = (path: string, init: RequestInit = {}): Promise<Response> =>
    (config.fetch ?? globalThis.fetch)(`${config.baseUrl.replace(/\/+$/, '')}/ordermanagement/v1/orders/${path}`, {
      ...init,
      headers: { Authorization: basicAuth(config.credentials), 'Content-Type': 'application/json', ...init.headers },
    });

  return {
    async getOrder(orderId: string): Promise<ApiResult<Order>> {
      const response = await call(encodeURIComponent(orderId));
      return response.ok ? { ok: true, value: (await response.json()) as Order } : failure(response);
    },
    /** Captures `amount` (minor units); the idempotency key makes a repeated call capture once. */
    async capture(orderId: string, amount: number, idempotencyKey: string, reference: string): Promise<ApiResult<{ captureId: string }>> {
      const response = await call(`${encodeURIComponent(orderId)}/captures`, {
        method: 'POST',
        headers: { 'Klarna-Idempotency-Key': idempotencyKey },
        body: JSON.stringify({ captured_amount: amount, reference }),
      });
      if (response.status !== 201) return failure(response);
      return { ok: true, value: { captureId: response.headers.get('Capture-Id') ?? '' } };
    },
  };
}
