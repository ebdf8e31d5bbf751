/**
 * The end of one attempt: its timeout, or the caller's abort. A URL target gets an AbortController
 * per attempt (a timeout must cancel the socket); an in-process handler does not (its `Request` makes
 * one of its own, and a controller per attempt was a tenth of an in-process delivery's cost in
 * `node --cpu-prof`): the handler's request carries the caller's signal, and a timer ends the race.
 */
import { type AttemptGuard, AttemptTimeoutError, raceAbort } from './webhook-target.js';

/** An attempt's guard while it runs. */
export interface ActiveGuard extends AttemptGuard {
  /** Whether the attempt's time ran out. */
  readonly timedOut: boolean;
  /** Clears the timer and the listener; call it when the attempt is over. */
  dispose(): void;
}

function timeoutError(timeoutMs: number): AttemptTimeoutError {
  return new AttemptTimeoutError(`no response within ${timeoutMs} ms`);
}

function abortingGuard(timeoutMs: number, caller: AbortSignal | undefined): ActiveGuard {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(timeoutError(timeoutMs));
  }, timeoutMs);
  const onAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    race: (promise) => raceAbort(promise, controller.signal),
    get timedOut() {
      return timedOut;
    },
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

function timerGuard(timeoutMs: number, caller: AbortSignal | undefined): ActiveGuard {
  let timedOut = false;
  let end: (reason: unknown) => void = () => {};
  const ended = new Promise<never>((_resolve, reject) => {
    end = reject;
  });
  ended.catch(() => {}); // settled only to lose a race; never unhandled
  const timer = setTimeout(() => {
    timedOut = true;
    end(timeoutError(timeoutMs));
  }, timeoutMs);
  const onAbort = () => end(caller?.reason);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: caller,
    race: (promise) => Promise.race([promise, ended]),
    get timedOut() {
      return timedOut;
    },
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

/** Starts the guard of one attempt (its timer runs from now). */
export function startAttemptGuard(kind: 'url' | 'handler', timeoutMs: number, caller: AbortSignal | undefined): ActiveGuard {
  return kind === 'url' ? abortingGuard(timeoutMs, caller) : timerGuard(timeoutMs, caller);
}
