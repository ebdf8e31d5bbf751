/**
 * What the receiver remembers, kept in memory and open to inspection: the events it processed, the
 * duplicates and rejections it answered, and the outcome of every capture.
 */
import type { Provider } from 'hookproof';

/** An event the receiver accepted and processed (once). */
export interface ProcessedEvent {
  provider: Provider;
  eventId: string;
  /** The catalogue variant, or the Kustom event type of another event (`capture.created`). */
  kind: string;
}

/** A delivery the receiver refused. */
export interface RejectedDelivery {
  provider: Provider;
  status: 400 | 401;
  /** The verification failure reason (`bad-signature`, `stale-timestamp`...) or `invalid-payload`. */
  reason: string;
}

/** What came of capturing the order of a finalized session. */
export type CaptureOutcome = (
  | { orderId: string; eventId: string; status: 'captured'; amount: number; captureId: string }
  | { orderId: string; eventId: string; status: 'nothing-to-capture'; orderStatus: string }
  | { orderId: string; eventId: string; status: 'skipped'; reason: string }
  | { orderId: string; eventId: string; status: 'failed'; reason: string }
) & {
  /** How many capture attempts it took (failed ones are retried). */
  attempts?: number;
};

/** The receiver's memory. */
export class ReceiverStore {
  readonly processed: ProcessedEvent[] = [];
  readonly duplicates: { provider: Provider; eventId: string }[] = [];
  readonly rejected: RejectedDelivery[] = [];
  readonly captures: CaptureOutcome[] = [];
  readonly #seen = new Set<string>();

  /**
   * Marks an event as seen and says whether it is new. Synchronous, so concurrent deliveries of one
   * event cannot both be processed.
   */
  claim(provider: Provider, eventId: string): boolean {
    const key = `${provider}:${eventId}`;
    if (this.#seen.has(key)) {
      this.duplicates.push({ provider, eventId });
      return false;
    }
    this.#seen.add(key);
    return true;
  }
}
