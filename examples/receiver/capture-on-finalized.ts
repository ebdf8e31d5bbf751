/**
 * After `ipp.session.finalized`: capture what remains authorized on the session's order, once.
 */
import { createHash } from 'node:crypto';
import { orderManagementClient } from './order-management-client.js';
import type { OrderManagementConfig } from './receiver-config.js';
import type { CaptureOutcome } from './receiver-store.js';

/**
 * The idempotency key of an order's capture: a UUID derived from the order id, so every attempt to
 * capture one order (a redelivered event, a restart that lost the dedup memory) sends the same key
 * and Kustom captures at most once.
 */
export function captureIdempotencyKey(orderId: string): string {
  const h = createHash('sha256').update(`capture:${orderId}`).digest('hex');
  // Version and variant bits of a v4 UUID, the format Kustom asks for.
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Reads the order and captures its remaining authorized amount. Never throws: the outcome says what happened. */
export async function captureFinalizedOrder(
  config: OrderManagementConfig | null | undefined,
  orderId: string,
  eventId: string,
): Promise<CaptureOutcome> {
  if (!config) return { orderId, eventId, status: 'skipped', reason: 'no Order Management configured' };
  try {
    const client = orderManagementClient(config);
    const order = await client.getOrder(orderId);
    if (!order.ok) return { orderId, eventId, status: 'failed', reason: `GET order: ${order.status} ${order.code}` };
    const amount = order.value.remaining_authorized_amount;
    if (amount <= 0 || order.value.status === 'CANCELLED') {
      return { orderId, eventId, status: 'nothing-to-capture', orderStatus: order.value.status };
    }
    const captured = await client.capture(orderId, amount, captureIdempotencyKey(orderId), eventId);
    if (!captured.ok) return { orderId, eventId, status: 'failed', reason: `POST capture: ${captured.status} ${captured.code}` };
    return { orderId, eventId, status: 'captured', amount, captureId: captured.value.captureId };
  } catch (error) {
    return { orderId, eventId, status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
