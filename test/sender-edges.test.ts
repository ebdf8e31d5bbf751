/**
 * The sender at its edges, in process: the limits of each option (accepted at the limit, refused
 * past it), targets it cannot use, handlers that throw or return no `Response`, what counts as an
 * acknowledgement (2xx only), the response body kept, the request's default headers, and the times
 * the report gives.
 */
import { describe, expect, it } from 'vitest';
import {
  type DeliveryReport,
  retrySchedule,
  type SendAllOptions,
  sendAll,
  sendWebhook,
  WebhookSendError,
  type WebhookSendErrorCode,
} from '../mocks/sender/index.js';
import { MAX_DELAY_MS } from '../mocks/sender/send-webhooks.js';

const ok = () => new Response('fine', { status: 200 });
const send = (options: Partial<SendAllOptions>) =>
  sendWebhook({ variant: 'kushki.card.approved', target: ok, schedule: [0], ...options } as Parameters<typeof sendWebhook>[0]);
const attemptsOf = (report: DeliveryReport) => report.deliveries[0]?.attempts ?? [];

async function refusal(promise: Promise<unknown>): Promise<{ code: WebhookSendErrorCode; message: string } | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookSendError);
    return { code: (error as WebhookSendError).code, message: (error as WebhookSendError).message };
  }
}

describe('sender edges > option limits', () => {
  const refused: [string, Partial<SendAllOptions>, WebhookSendErrorCode, string][] = [
    ['a delay past the longest timer', { schedule: [0, MAX_DELAY_MS + 1] }, 'invalid-option', 'schedule'],
    ['a delay that is not a number', { schedule: [0, '5' as unknown as number] }, 'invalid-option', 'schedule'],
    ['a timeout past the longest timer', { timeoutMs: MAX_DELAY_MS + 1 }, 'invalid-option', 'timeoutMs'],
    ['a shuffle seed that is not finite', { shuffle: Number.NaN }, 'invalid-option', 'shuffle'],
    ['an infinite shuffle seed', { shuffle: Number.POSITIVE_INFINITY }, 'invalid-option', 'shuffle'],
    ['a target that is neither a URL nor a handler', { target: 42 as unknown as string }, 'invalid-target', 'target'],
    ['a target that is not a URL', { target: 'not a url' }, 'invalid-target', '"not a url"'],
    ['a target that is not http(s)', { target: 'ftp://127.0.0.1/hooks' }, 'invalid-target', 'ftp:'],
    ['a handler URL that is not a URL', { handlerUrl: 'nope' }, 'invalid-target', 'handlerUrl'],
    ['a Kushki secret that is empty', { secret: { kushki: '' } }, 'invalid-option', 'secret'],
  ];
  it.each(refused)('sender edges > %s is refused before anything is sent', async (_name, options, code, names) => {
    let calls = 0;
    const target =
      options.target ??
      (() => {
        calls++;
        return ok();
      });
    const error = await refusal(send({ ...options, target }));
    expect(error?.code).toBe(code);
    expect(error?.message).toContain(names);
    expect(calls).toBe(0);
  });

  it('sender edges > webhooks that are not a list are refused', async () => {
    const error = await refusal(sendAll({ target: ok, webhooks: 'kushki.card.approved' as unknown as [] }));
    expect(error?.code).toBe('invalid-option');
  });

  it('sender edges > the limits themselves are accepted', async () => {
    const report = await send({
      schedule: [0, MAX_DELAY_MS],
      timeoutMs: MAX_DELAY_MS,
      shuffle: 7.9,
    });
    expect(report.shuffleSeed).toBe(7);
  });
});

describe('sender edges > retrySchedule', () => {
  it('sender edges > retrySchedule takes 0 retries and a 0 ms first delay', () => {
    expect(retrySchedule(0)).toEqual([0]);
    expect(retrySchedule(2, 0)).toEqual([0, 0, 0]);
    expect(retrySchedule(3, 100)).toEqual([0, 100, 200, 400]);
  });

  it.each([
    [-1, 100],
    [1.5, 100],
    [Number.NaN, 100],
    [2, -1],
    [2, Number.NaN],
    [2, Number.POSITIVE_INFINITY],
  ])('sender edges > retrySchedule(%s, %s) is a RangeError naming the argument', (retries, first) => {
    expect(() => retrySchedule(retries, first)).toThrow(RangeError);
    expect(() => retrySchedule(retries, first)).toThrow(Number.isInteger(retries) && retries >= 0 ? /firstDelayMs/ : /retries/);
  });
});

describe('sender edges > handlers and answers', () => {
  it('sender edges > a handler that throws is a handler-error naming what it threw, and is retried', async () => {
    const report = await send({ schedule: [0, 0], target: () => Promise.reject(new Error('database down')) });
    expect(attemptsOf(report)).toHaveLength(2);
    expect(attemptsOf(report)[0]).toMatchObject({ status: null, acknowledged: false, error: { kind: 'handler-error' } });
    expect(attemptsOf(report)[0]?.error?.message).toContain('database down');
  });

  it.each([
    ['null', null],
    ['an object', {}],
  ])('sender edges > a handler returning %s instead of a Response is a handler-error saying so', async (what, value) => {
    const report = await send({ target: (() => value) as never });
    expect(attemptsOf(report)[0]?.error).toMatchObject({ kind: 'handler-error' });
    expect(attemptsOf(report)[0]?.error?.message).toContain(what === 'null' ? 'null' : 'object');
  });

  it.each([
    [200, true],
    [299, true],
    [300, false],
    [410, false],
  ])('sender edges > status %s acknowledged: %s', async (status, acknowledged) => {
    const report = await send({ schedule: [0, 0], target: () => new Response(null, { status }) });
    expect(attemptsOf(report)[0]).toMatchObject({ status, acknowledged });
    expect(report.ok).toBe(acknowledged);
    expect(attemptsOf(report)).toHaveLength(acknowledged || status === 410 ? 1 : 2);
  });

  it('sender edges > the response body is kept (empty when there is none), cut at 500 characters', async () => {
    const long = await send({ target: () => new Response('x'.repeat(600), { status: 400 }) });
    expect(attemptsOf(long)[0]?.responseBody).toBe('x'.repeat(500));
    const none = await send({ target: () => new Response(null, { status: 204 }) });
    expect(attemptsOf(none)[0]?.responseBody).toBe('');
  });

  it('sender edges > a request carries Content-Type JSON and the hookproof-sender user agent unless told otherwise', async () => {
    const seen: Headers[] = [];
    const recording = (request: Request) => {
      seen.push(request.headers);
      return ok();
    };
    await send({ target: recording });
    await send({ target: recording, headers: { 'user-agent': 'custom/1' } });
    expect(seen[0]?.get('content-type')).toBe('application/json');
    expect(seen[0]?.get('user-agent')).toBe('hookproof-sender');
    expect(seen[1]?.get('user-agent')).toBe('custom/1');
  });

  it('sender edges > latency and duration are small non-negative figures, attempt times increase', async () => {
    const report = await send({ schedule: [0, 5], target: () => new Response(null, { status: 500 }) });
    const [first, second] = attemptsOf(report);
    for (const attempt of [first, second]) {
      expect(attempt?.latencyMs).toBeGreaterThanOrEqual(0);
      expect(attempt?.latencyMs).toBeLessThan(10_000);
    }
    expect((second?.startedAt ?? 0) - (first?.startedAt ?? 0)).toBeGreaterThanOrEqual(4);
    expect(report.durationMs).toBeGreaterThanOrEqual(4);
    expect(report.durationMs).toBeLessThan(10_000);
  });
});

describe('sender edges > abort', () => {
  it('sender edges > an abort during an attempt stops the delivery at once: no further attempt', async () => {
    const controller = new AbortController();
    let calls = 0;
    const report = await send({
      schedule: [0, 0, 0],
      signal: controller.signal,
      target: () => {
        calls++;
        controller.abort();
        return new Response(null, { status: 500 });
      },
    });
    expect(calls).toBe(1);
    expect(report.deliveries[0]?.failure).toBe('aborted');
  });

  it('sender edges > an abort during a long pause ends the pause: the send resolves at once', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const pending = send({ schedule: [0, 60_000], signal: controller.signal, target: () => new Response(null, { status: 500 }) });
    setTimeout(() => controller.abort(), 20);
    const report = await pending;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(report.deliveries[0]).toMatchObject({ failure: 'aborted' });
    expect(attemptsOf(report)).toHaveLength(1);
  });
});
