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

/** The waits before each retry of a failed capture, in ms: three more attempts within about 5 s. */
export const DEFAULT_CAPTURE_RETRY_DELAYS_MS: readonly number[] = [250, 1_000, 4_000];

/**
 * Captures with retries: the webhook was acknowledged already, so nobody redelivers it if the
 * capture fails. A failed attempt (a network error, a 5xx, an order not there yet) is retried after
 * each delay; the derived idempotency key makes a retry safe. The outcome says how many attempts it
 * took. A production receiver persists this job (an outbox) so that a restart does not lose it.
 */
export async function captureWithRetries(
  config: OrderManagementConfig | null | undefined,
  orderId: string,
  eventId: string,
  delaysMs: readonly number[] = DEFAULT_CAPTURE_RETRY_DELAYS_MS,
): Promise<CaptureOutcome> {
  let outcome = await captureFinalizedOrder(config, orderId, eventId);
  let attempts = 1;
  for (const delay of delaysMs) {
    if (outcome.status !== 'failed') break;
    await new Promise((resolve) => setTimeout(resolve, delay));
    outcome = await captureFinalizedOrder(config, orderId, eventId);
    attempts++;
  }
  return { ...outcome, attempts };
}
