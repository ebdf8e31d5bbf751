/**
 * Emits the IPP session callbacks of the Kustom mock through the hookproof sender: signed like Kustom's
 * deliveries, retried on the receiver's failures, in order per session, recorded for inspection.
 */
import type { KustomIppSessionEvent } from '../../src/webhook-unions.js';
import type { DeliveryRecord } from '../sender/delivery-report.js';
import { fastSchedule } from '../sender/retry-schedule.js';
import { type DeliveryOptions, sendWebhook } from '../sender/send-webhooks.js';

/**
 * Where and how the mock delivers its webhooks: the sender's delivery options. The schedule defaults
 * to `fastSchedule` (a mock serves test suites; pass `standardWebhooksSchedule` for the real one).
 */
export type KustomMockReceiver = Omit<DeliveryOptions, 'build' | 'shuffle' | 'concurrency'>;

/** One webhook the mock sent, or is sending, to the registered receiver. */
export interface KustomMockDelivery {
  sessionId: string;
  event: KustomIppSessionEvent;
  /** `pending` until the sender finished; then what its report says. */
  outcome: 'pending' | 'delivered' | 'failed';
  /** The sender's record of the delivery (attempts, statuses, latencies), once finished. */
  record: DeliveryRecord | null;
}

/** The emitting side of the mock. */
export interface WebhookEmitter {
  /** Every callback the mock produced, delivered or not (no receiver registered). */
  readonly events: KustomIppSessionEvent[];
  readonly deliveries: KustomMockDelivery[];
  receiver: KustomMockReceiver | null;
  /** Queues `event` behind the earlier callbacks of its session; resolves once it is delivered or failed. */
  emit(sessionId: string, event: KustomIppSessionEvent): Promise<void>;
  /** Resolves when no delivery is pending, including ones queued while waiting. */
  settled(): Promise<void>;
  reset(): void;
}

/** A webhook emitter with no receiver registered. */
export function createWebhookEmitter(receiver: KustomMockReceiver | null): WebhookEmitter {
  const queues = new Map<string, Promise<void>>();
  let generation = 0;

  const deliver = async (delivery: KustomMockDelivery, target: KustomMockReceiver, born: number): Promise<void> => {
    let record: DeliveryRecord | null = null;
    try {
      const report = await sendWebhook({ schedule: fastSchedule, ...target, event: delivery.event, provider: 'kustom' });
      record = report.deliveries[0] ?? null;
    } finally {
      if (born === generation) {
        delivery.record = record;
        delivery.outcome = record?.outcome ?? 'failed';
      }
    }
  };

  const emitter: WebhookEmitter = {
    events: [],
    deliveries: [],
    receiver,
    emit(sessionId, event) {
      emitter.events.push(event);
      const target = emitter.receiver;
      if (!target) return Promise.resolve();
      const delivery: KustomMockDelivery = { sessionId, event, outcome: 'pending', record: null };
      emitter.deliveries.push(delivery);
      const born = generation;
      const previous = queues.get(sessionId) ?? Promise.resolve();
      const next = previous.then(() => deliver(delivery, target, born)).catch(() => undefined);
      queues.set(sessionId, next);
      void next.then(() => {
        if (queues.get(sessionId) === next) queues.delete(sessionId);
      });
      return next;
    },
    async settled() {
      while (queues.size > 0) await Promise.all(queues.values());
    },
    reset() {
      generation++;
      queues.clear();
      emitter.events.length = 0;
      emitter.deliveries.length = 0;
    },
  };
  return emitter;
}
