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
  /** 1, or 2 for the second copy when the receiver options ask for `duplicate` deliveries. */
  copy: 1 | 2;
  /** `pending` until the sender finished; then what its report says. */
  outcome: 'pending' | 'delivered' | 'failed';
  /** The sender's record of the delivery (attempts, statuses, latencies), once finished. */
  record: DeliveryRecord | null;
}

/** How a recorded callback is delivered again. */
export interface RedeliveryOptions {
  /** How many deliveries, 1 or 2 (a redelivery of the same message: same bytes, same `webhook-id`). Default 1. */
  copies?: number | undefined;
  /** Deliver the two copies at the same time instead of one after the other. */
  concurrent?: boolean | undefined;
}

/** The emitting side of the mock. */
export interface WebhookEmitter {
  /** Every callback the mock produced, delivered or not (no receiver registered). */
  readonly events: KustomIppSessionEvent[];
  readonly deliveries: KustomMockDelivery[];
  receiver: KustomMockReceiver | null;
  /**
   * Queues `event` behind the earlier callbacks of its session; resolves once it is delivered or
   * failed. The callbacks of a held session are recorded in `events` only.
   */
  emit(sessionId: string, event: KustomIppSessionEvent): Promise<void>;
  /** Sessions whose callbacks are recorded, not delivered, until `redeliver` sends them. */
  readonly held: Set<string>;
  /**
   * Delivers a recorded callback again (the same event id and `webhook-id`: a redelivery), `copies`
   * times, one after the other or all at once. Resolves with the new deliveries once finished.
   */
  redeliver(sessionId: string, event: KustomIppSessionEvent, options?: RedeliveryOptions): Promise<KustomMockDelivery[]>;
  /** Resolves when no delivery is pending, including ones queued while waiting. */
  settled(): Promise<void>;
  reset(): void;
}

/** A webhook emitter with no receiver registered. */
export function createWebhookEmitter(receiver: KustomMockReceiver | null): WebhookEmitter {
  const queues = new Map<string, Promise<void>>();
  let generation = 0;

  /** Sends one event (twice with `duplicate`); each copy's delivery gets its own record. */
  const deliver = async (
    event: KustomIppSessionEvent,
    copies: KustomMockDelivery[],
    target: KustomMockReceiver,
    born: number,
  ): Promise<void> => {
    let records: DeliveryRecord[] = [];
    try {
      const report = await sendWebhook({ schedule: fastSchedule, ...target, event, provider: 'kustom' });
      records = report.deliveries;
    } finally {
      if (born === generation) {
        for (const delivery of copies) {
          delivery.record = records.find((r) => r.copy === delivery.copy) ?? null;
          delivery.outcome = delivery.record?.outcome ?? 'failed';
        }
      }
    }
  };

  const emitter: WebhookEmitter = {
    events: [],
    deliveries: [],
    receiver,
    held: new Set(),
    emit(sessionId, event) {
      emitter.events.push(event);
      const target = emitter.receiver;
      if (!target || emitter.held.has(sessionId)) return Promise.resolve();
      const copies = ((target.duplicate ? [1, 2] : [1]) as (1 | 2)[]).map(
        (copy): KustomMockDelivery => ({ sessionId, event, copy, outcome: 'pending', record: null }),
      );
      emitter.deliveries.push(...copies);
      const born = generation;
      const previous = queues.get(sessionId) ?? Promise.resolve();
      const next = previous.then(() => deliver(event, copies, target, born)).catch(() => undefined);
      queues.set(sessionId, next);
      void next.then(() => {
        if (queues.get(sessionId) === next) queues.delete(sessionId);
      });
      return next;
    },
    async redeliver(sessionId, event, options = {}) {
      const target = emitter.receiver;
      if (!target) return [];
      const copies = options.copies === 2 ? 2 : 1;
      const born = generation;
      const batch = Array.from(
        { length: copies },
        (_, i): KustomMockDelivery => ({ sessionId, event, copy: i === 0 ? 1 : 2, outcome: 'pending', record: null }),
      );
      emitter.deliveries.push(...batch);
      let records: DeliveryRecord[] = [];
      try {
        // One send with the sender's duplicate: both copies carry the same bytes and `webhook-id`.
        const report = await sendWebhook({
          schedule: fastSchedule,
          ...target,
          event,
          provider: 'kustom',
          duplicate: copies === 2,
          concurrency: options.concurrent ? 2 : 1,
        });
        records = report.deliveries;
      } finally {
        if (born === generation)
          batch.forEach((delivery, i) => {
            delivery.record = records.find((r) => r.copy === i + 1) ?? null;
            delivery.outcome = delivery.record?.outcome ?? 'failed';
          });
      }
      return batch;
    },
    async settled() {
      while (queues.size > 0) await Promise.all(queues.values());
    },
    reset() {
      generation++;
      queues.clear();
      emitter.held.clear();
      emitter.events.length = 0;
      emitter.deliveries.length = 0;
    },
  };
  return emitter;
}
