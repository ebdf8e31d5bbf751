/** The deliveries of this listen session, kept in memory for the page, with subscribers for the live feed. */
import type { ListenEntry } from './delivery-handler.js';

/** How many deliveries the page keeps; older ones stay in the recordings. */
export const LOG_CAPACITY = 1_000;

export interface DeliveryLog {
  add(entry: ListenEntry): void;
  list(): readonly ListenEntry[];
  get(sequence: number): ListenEntry | undefined;
  /** Calls `listener` for every delivery added from now on; returns the unsubscribe function. */
  subscribe(listener: (entry: ListenEntry) => void): () => void;
}

export function createDeliveryLog(capacity = LOG_CAPACITY): DeliveryLog {
  const entries: ListenEntry[] = [];
  const listeners = new Set<(entry: ListenEntry) => void>();
  return {
    add(entry) {
      entries.push(entry);
      if (entries.length > capacity) entries.shift();
      for (const listener of listeners) listener(entry);
    },
    list: () => entries,
    get: (sequence) => entries.find((e) => e.recording.sequence === sequence),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
