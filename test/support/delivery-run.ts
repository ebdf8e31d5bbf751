/**
 * Running a send under observation, for the reliability suite: distinct events to send, and what
 * the process looked like around the run (unhandled rejections, active timers and sockets, heap).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { vi } from 'vitest';
import type { WebhookInput } from '../../mocks/sender/index.js';
import type { VariantId } from '../../src/index.js';
import { variants } from '../../src/index.js';
import { exampleOf } from './examples.js';

/** An event id per provider format, unique per index: `kevt_` + 22 base62 for Kustom, a UUID for Kushki. */
function eventId(variant: VariantId, index: number): string {
  if (variant.startsWith('kustom.')) return `kevt_${String(index).padStart(22, '0')}`;
  return `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/**
 * `count` distinct webhooks, cycling through the catalogue: each its variant's example with its own id.
 *
 * @example
 * const webhooks = distinctEvents(10_000); // webhooks[i].event.id is unique
 */
export function distinctEvents(
  count: number,
  pad?: (event: Record<string, unknown>) => void,
): (WebhookInput & { event: Record<string, unknown> })[] {
  const examples = variants.map((v) => [v.id, exampleOf(v.id)] as const);
  return Array.from({ length: count }, (_, i) => {
    const [variant, example] = examples[i % examples.length]!;
    const event: Record<string, unknown> = { ...example, id: eventId(variant, i) };
    pad?.(event);
    return { variant, event };
  });
}

/** How many active network resources of each kind (`TCPSocketWrap`, `TCPServerWrap`, ...) the process holds. */
export function activeNetwork(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) if (kind.startsWith('TCP')) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/**
 * Tracks the timers created with the global `setTimeout` until `stop()`: `pending()` counts those
 * still armed (neither fired nor cleared) that would keep the process alive (ref'd).
 */
function trackTimers(): { pending(): number; stop(): void } {
  const armed = new Set<NodeJS.Timeout>();
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  const set = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
    callback: (...args: unknown[]) => void,
    ms?: number,
    ...args: unknown[]
  ) => {
    const timer = realSetTimeout(
      (...a: unknown[]) => {
        armed.delete(timer);
        callback(...a);
      },
      ms,
      ...args,
    );
    armed.add(timer);
    return timer;
  }) as typeof setTimeout);
  const clear = vi.spyOn(globalThis, 'clearTimeout').mockImplementation((timer) => {
    if (timer && typeof timer === 'object') armed.delete(timer);
    realClearTimeout(timer);
  });
  return {
    pending: () => [...armed].filter((t) => t.hasRef()).length,
    stop() {
      set.mockRestore();
      clear.mockRestore();
    },
  };
}

/**
 * A full garbage collection. Node runs without `--expose-gc` here, so the flag is set at run time and
 * `gc` is taken from a fresh context, where V8 then defines it.
 */
function collectGarbage(): void {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/**
 * `heapUsed` after a full garbage collection, in bytes.
 *
 * @example
 * const kept = heapAfterGc() - seen.heapBefore; // what is still reachable since the run started
 */
export function heapAfterGc(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** What was seen around one run. */
export interface Observed<T> {
  value: T;
  /** Reasons of the promise rejections nobody handled during the run. */
  unhandled: unknown[];
  /** Active network resources just before the run and at the moment its promise settled. */
  before: Record<string, number>;
  atSettle: Record<string, number>;
  /** Timers the run armed with `setTimeout` that were still armed (and ref'd) when its promise settled. */
  timersAtSettle: number;
  /** `heapUsed` after a full GC just before the run, in bytes. */
  heapBefore: number;
  /** `heapUsed` at settle minus `heapBefore`, garbage included (no GC in between): an upper bound. */
  heapGrowth: number;
  durationMs: number;
}

/**
 * Runs `run` and records unhandled rejections, timers left armed, network resources and heap growth
 * around it. Timers created with a `setTimeout` captured before the run (a test receiver's) are not tracked.
 *
 * @example
 * const seen = await observe(() => sendAll({ target, webhooks }));
 * expect(seen.unhandled).toEqual([]);
 */
export async function observe<T>(run: () => Promise<T>): Promise<Observed<T>> {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  const before = activeNetwork();
  const heapBefore = heapAfterGc();
  const started = performance.now();
  const timers = trackTimers();
  try {
    const value = await run();
    const timersAtSettle = timers.pending();
    const atSettle = activeNetwork();
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    const durationMs = Math.round(performance.now() - started);
    // Rejections are reported after the microtask queue drains: give them one macrotask to surface.
    await new Promise((resolve) => setImmediate(resolve));
    return { value, unhandled, before, atSettle, timersAtSettle, heapBefore, heapGrowth, durationMs };
  } finally {
    timers.stop();
    process.off('unhandledRejection', onUnhandled);
  }
}
