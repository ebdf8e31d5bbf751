/**
 * The state the Kustom API mock shares between its Order Management and IPP handlers and the
 * webhooks it emits: orders, sessions, deliveries and stored idempotent results.
 */
import { createRandomSource, type RandomSource } from '../fixtures/random-source.js';
import type { StoredResponse } from './idempotency-cache.js';
import type { IppSession, IppSessionRequest, Order } from './kustom-api-types.js';

/** An order and what the API does not return about it. */
export interface OrderRecord {
  order: Order;
  /** Whether `POST .../acknowledge` was called. */
  acknowledged: boolean;
}

/** A session and the request that created it (its items become the order's lines). */
export interface SessionRecord {
  session: IppSession;
  request: IppSessionRequest;
}

/**
 * Everything the mock remembers. `reset` empties it but lets the id stream run on: a receiver that
 * outlives a reset (its dedup table, its database) must never see an event id or order id again.
 */
export interface KustomMockState {
  readonly orders: Map<string, OrderRecord>;
  readonly sessions: Map<string, SessionRecord>;
  readonly idempotency: Map<string, StoredResponse>;
  /** Source of the ids the mock assigns (orders, sessions, captures, refunds, correlation ids). */
  readonly rng: RandomSource;
  reset(): void;
}

/** An empty state whose ids come from `seed`. */
export function createKustomMockState(seed: number): KustomMockState {
  const state: KustomMockState = {
    orders: new Map(),
    sessions: new Map(),
    idempotency: new Map(),
    rng: createRandomSource(seed),
    reset() {
      state.orders.clear();
      state.sessions.clear();
      state.idempotency.clear();
    },
  };
  return state;
}
