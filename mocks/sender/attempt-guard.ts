/**
 * The end of one attempt: its timeout, or the caller's abort. A URL target gets an AbortController
 * per attempt (a timeout must cancel the socket); an in-process handler does not (its `Request` makes
 * one of its own, and a controller per attempt was a tenth of an in-process delivery's cost in
 * `node --cpu-prof`): the handler's request carries the caller's signal, and the timer ends the race.
 *
 * The timer itself is one per worker (`AttemptClock`), re-armed with `refresh()` at each attempt's
 * start: a new `setTimeout` and its `clearTimeout` per attempt cost about as much as signing it.
 */
import { type AttemptGuard, AttemptTimeoutError, raceAbort } from './webhook-target.js';

/** A timer handle that can be re-armed in place (Node's and fake timers' `Timeout`; browsers return a number). */
type RefreshableTimer = { refresh(): unknown };

function isRefreshable(timer: unknown): timer is RefreshableTimer {
  return typeof timer === 'object' && timer !== null && typeof (timer as Partial<RefreshableTimer>).refresh === 'function';
}

/**
 * The per-attempt timeout of one worker (the worker runs one attempt at a time). `arm` starts the
 * countdown of an attempt; `disarm` ends it (the timer may still fire, idle, and does nothing); `close`
 * clears the timer when the worker is done, so that no timer outlives the send.
 */
export class AttemptClock {
  readonly timeoutMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #onTimeout: (() => void) | undefined;

  constructor(timeoutMs: number) {
    this.timeoutMs = timeoutMs;
  }

  /** Starts the countdown of an attempt that starts now; `onTimeout` runs if it is still armed `timeoutMs` later. */
  arm(onTimeout: () => void): void {
    this.#onTimeout = onTimeout;
    const timer = this.#timer;
    if (isRefreshable(timer)) {
      timer.refresh();
      return;
    }
    if (timer !== undefined) clearTimeout(timer);
    this.#timer = setTimeout(() => this.#fire(), this.timeoutMs);
  }

  disarm(): void {
    this.#onTimeout = undefined;
  }

  close(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#onTimeout = undefined;
  }

  #fire(): void {
    const onTimeout = this.#onTimeout;
    this.#onTimeout = undefined;
    onTimeout?.();
  }
}

/** An attempt's guard while it runs. */
export interface ActiveGuard extends AttemptGuard {
  /** Whether the attempt's time ran out. */
  readonly timedOut: boolean;
  /** Disarms the timeout and removes the listener; call it when the attempt is over. */
  dispose(): void;
}

function timeoutError(timeoutMs: number): AttemptTimeoutError {
  return new AttemptTimeoutError(`no response within ${timeoutMs} ms`);
}

function abortingGuard(clock: AttemptClock, caller: AbortSignal | undefined): ActiveGuard {
  const controller = new AbortController();
  let timedOut = false;
  clock.arm(() => {
    timedOut = true;
    controller.abort(timeoutError(clock.timeoutMs));
  });
  const onAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    race: (promise) => raceAbort(promise, controller.signal),
    get timedOut() {
      return timedOut;
    },
    dispose() {
      clock.disarm();
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

/** Ends the races of an in-process attempt: one promise per race, settled by the race's promise or by the end. */
class TimerGuard implements ActiveGuard {
  readonly signal: AbortSignal | undefined;
  timedOut = false;
  #ended = false;
  #reason: unknown;
  #rejecters: ((reason: unknown) => void)[] = [];
  readonly #clock: AttemptClock;
  readonly #onAbort = () => this.#end(this.signal?.reason);

  constructor(clock: AttemptClock, caller: AbortSignal | undefined) {
    this.signal = caller;
    this.#clock = clock;
    clock.arm(() => {
      this.timedOut = true;
      this.#end(timeoutError(clock.timeoutMs));
    });
    if (caller?.aborted) this.#end(caller.reason);
    else caller?.addEventListener('abort', this.#onAbort, { once: true });
  }

  race<T>(promise: Promise<T>): Promise<T> {
    if (this.#ended) {
      promise.catch(() => {}); // lost the race; never unhandled
      return Promise.reject(this.#reason);
    }
    return new Promise<T>((resolve, reject) => {
      this.#rejecters.push(reject);
      promise.then(resolve, reject);
    });
  }

  dispose(): void {
    this.#clock.disarm();
    this.signal?.removeEventListener('abort', this.#onAbort);
  }

  #end(reason: unknown): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#reason = reason;
    for (const reject of this.#rejecters) reject(reason);
    this.#rejecters = [];
  }
}

/** Starts the guard of one attempt (its timeout runs from now, on the worker's clock). */
export function startAttemptGuard(kind: 'url' | 'handler', clock: AttemptClock, caller: AbortSignal | undefined): ActiveGuard {
  return kind === 'url' ? abortingGuard(clock, caller) : new TimerGuard(clock, caller);
}
