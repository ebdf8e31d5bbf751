/**
 * The checks beyond the happy path, run directly (no Pact verifier) against a recording receiver on
 * loopback: what each check sends, and which answers pass or fail its row. Independent of the
 * faulty receivers of conformance.test.ts: here each row is judged on the requests it really sent
 * and on answers scripted per request.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckId, ConformanceRow } from '../src/conformance/conformance-row.js';
import { runReceiverChecks } from '../src/conformance/receiver-checks.js';
import { type Provider, parseWebhook, safeVerifyKushkiSignature, safeVerifyKustomSignature, testSecrets } from '../src/index.js';
import { exampleOf } from './support/examples.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** `null` when the signature verifies with the test secrets, else why not. */
  rejection: string | null;
}

/** The answer to the n-th request (0-based): a status, or drop the connection without answering. */
type Answer = (r: Received, n: number) => number | 'destroy';

async function verify(provider: Provider, body: Buffer, headers: IncomingHttpHeaders): Promise<string | null> {
  const result =
    provider === 'kushki'
      ? await safeVerifyKushkiSignature({ body, headers, secret: testSecrets.kushki })
      : await safeVerifyKustomSignature({ body, headers, secrets: testSecrets.kustom });
  return result.ok ? null : result.reason;
}

/** A correct receiver: 413 over 1 MiB, 401 unless the signature verifies, 400 unless it parses, else 200. */
const correct: Answer = (r) => {
  if (r.body.length > 1024 * 1024) return 413;
  if (r.rejection !== null) return 401;
  return parseWebhook(r.body).ok ? 200 : 400;
};

const open: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

async function startReceiver(provider: Provider, answer: Answer = correct) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      void verify(provider, body, req.headers).then((rejection) => {
        const r = { headers: req.headers, body, rejection };
        const action = answer(r, received.push(r) - 1);
        if (action === 'destroy') req.socket.destroy();
        else res.writeHead(action, { 'content-type': 'text/plain' }).end(String(action));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  open.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const endpoint = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/${provider}`);
  return { endpoint, received };
}

async function check(provider: Provider, id: CheckId, answer?: Answer): Promise<{ row: ConformanceRow; received: Received[] }> {
  const { endpoint, received } = await startReceiver(provider, answer);
  const rows = await runReceiverChecks({ provider, endpoint, secrets: testSecrets, timeoutMs: 5_000 });
  const row = rows.find((r) => r.check === id);
  if (!row) throw new Error(`no ${id} row for ${provider}`);
  // Every check posts its own requests: keep those of this row only (a report cuts a body after 64 KiB).
  const sent = row.exchanges.map((x) => x.request.body);
  const isSent = (text: string) =>
    sent.some((s) => s === text || (/characters in all\)$/.test(s) && text.startsWith(s.slice(0, 64 * 1024))));
  return { row, received: received.filter((r) => isSent(r.body.toString('utf8'))) };
}

const PROVIDERS: Provider[] = ['kustom', 'kushki'];
const eventId = (r: Received) => (JSON.parse(r.body.toString('utf8')) as { id: string }).id;

describe('receiver checks > rows', () => {
  it.each(PROVIDERS)('receiver checks > a correct %s receiver passes every row', async (provider) => {
    const { endpoint } = await startReceiver(provider);
    const rows = await runReceiverChecks({ provider, endpoint, secrets: testSecrets, timeoutMs: 5_000 });
    expect(rows.filter((r) => !r.passed).map((r) => `${r.check}: ${r.reason}`)).toEqual([]);
    for (const row of rows) {
      expect(row).toMatchObject({ provider, variant: provider === 'kustom' ? 'kustom.ipp.session.activated' : 'kushki.card.approved' });
      expect(row.expectation.length).toBeGreaterThan(20);
      expect(row.status).toBe(row.exchanges.at(-1)?.response?.status);
    }
  });

  it('receiver checks > which rows each provider gets, and their severity', async () => {
    const kustom = await startReceiver('kustom');
    const kushki = await startReceiver('kushki');
    const rows = (provider: Provider, endpoint: URL, advisory?: boolean) =>
      runReceiverChecks({ provider, endpoint, secrets: testSecrets, timeoutMs: 5_000 }, advisory === undefined ? {} : { advisory });
    const severity = (list: ConformanceRow[]) => Object.fromEntries(list.map((r) => [r.check, r.severity]));
    const required = ['forged-signature', 'missing-signature', 'duplicate-delivery', 'non-compact-body'];
    const kustomOnly = ['stale-timestamp', 'future-timestamp', 'other-kustom-event', 'misspelled-event'];
    const kustomRows = severity(await rows('kustom', kustom.endpoint));
    const kushkiRows = severity(await rows('kushki', kushki.endpoint));
    for (const id of [...required, ...kustomOnly]) expect(kustomRows[id]).toBe('required');
    for (const id of required) expect(kushkiRows[id]).toBe('required');
    for (const id of kustomOnly) expect(kushkiRows[id]).toBeUndefined();
    expect(kustomRows['oversize-body']).toBe('advisory');
    expect(kushkiRows['wrong-content-type']).toBe('advisory');
    // `advisory: false` leaves the advisory rows out; `advisory: true` keeps them.
    const strictOnly = Object.values(severity(await rows('kushki', kushki.endpoint, false)));
    expect(strictOnly.length).toBeGreaterThan(0);
    expect(strictOnly.every((s) => s === 'required')).toBe(true);
    expect(severity(await rows('kushki', kushki.endpoint, true))).toEqual(kushkiRows);
  });
});

describe('receiver checks > forged-signature', () => {
  it.each(PROVIDERS)('forged-signature > %s: sends well-formed signature headers made with another secret', async (provider) => {
    const { row, received } = await check(provider, 'forged-signature');
    expect(received).toHaveLength(1);
    // Present and well-formed (a receiver that only checks presence or format accepts it), but wrong.
    expect(received[0]?.rejection).toBe('bad-signature');
    const names = provider === 'kushki' ? ['x-kushki-id', 'x-kushki-signature'] : ['webhook-id', 'webhook-timestamp', 'webhook-signature'];
    for (const name of names) expect(received[0]?.headers[name]).toBeTruthy();
    expect(parseWebhook(received[0]!.body).ok).toBe(true); // only the signature is wrong
    expect(row).toMatchObject({ passed: true, status: 401, reason: 'refused with 401' });
  });

  // A receiver that checks only that signature headers are there: it refuses unsigned deliveries
  // and so passes missing-signature, but accepts a forgery.
  const presenceOnly: Answer = (r) => (r.headers['x-kushki-signature'] || r.headers['webhook-signature'] ? 200 : 401);
  const answers: [string, Answer, boolean, number | null, RegExp][] = [
    ['401 passes the row', () => 401, true, 401, /^refused with 401$/],
    ['403 passes the row', () => 403, true, 403, /^refused with 403$/],
    ['200 (checks only that the headers are there) fails the row', presenceOnly, false, 200, /^answered 200; expected a 4xx \(401\)$/],
    ['204 fails the row', () => 204, false, 204, /^answered 204; expected a 4xx/],
    ['500 fails the row', () => 500, false, 500, /^answered 500; expected a 4xx/],
    ['nothing (drops the connection) fails the row', () => 'destroy', false, null, /^did not answer \(.+\); expected a 4xx/],
  ];
  it.each(answers)('forged-signature > a receiver answering %s', async (_name, answer, passed, status, reason) => {
    for (const provider of PROVIDERS) {
      const { row } = await check(provider, 'forged-signature', answer);
      expect(row).toMatchObject({ passed, status });
      expect(row.reason).toMatch(reason);
    }
  });

  it('forged-signature > the presence-only receiver still passes missing-signature: the rows tell the faults apart', async () => {
    const { row } = await check('kustom', 'missing-signature', presenceOnly);
    expect(row).toMatchObject({ passed: true, status: 401 });
  });
});

describe('receiver checks > duplicate-delivery', () => {
  it.each(PROVIDERS)('duplicate-delivery > %s: sends the same signed bytes twice, with the same ids', async (provider) => {
    const { row, received } = await check(provider, 'duplicate-delivery');
    expect(received).toHaveLength(2);
    const [first, second] = received as [Received, Received];
    expect(second.body.equals(first.body)).toBe(true);
    expect(eventId(second)).toBe(eventId(first));
    expect([first.rejection, second.rejection]).toEqual([null, null]); // both genuine
    if (provider === 'kustom') expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(row.exchanges.map((x) => x.response?.status)).toEqual([200, 200]);
    expect(row).toMatchObject({ passed: true, status: 200, reason: 'acknowledged both deliveries' });
  });

  it('duplicate-delivery > the event is one the receiver has not seen before the check', async () => {
    const a = await check('kushki', 'duplicate-delivery');
    const b = await check('kushki', 'duplicate-delivery');
    expect(eventId(a.received[0]!)).not.toBe(eventId(b.received[0]!));
  });

  type Action = number | 'destroy';
  const answers: [string, Action, Action, boolean, number | null, RegExp][] = [
    ['200 then 202 passes the row', 200, 202, true, 202, /^acknowledged both deliveries$/],
    [
      '200 then 409 (rejects the copy) fails the row',
      200,
      409,
      false,
      409,
      /^first answered 200, second answered 409; expected 2xx both times$/,
    ],
    ['500 then 200 fails the row', 500, 200, false, 200, /^first answered 500, second answered 200; expected 2xx both times$/],
    [
      '200 then nothing fails the row',
      200,
      'destroy',
      false,
      null,
      /^first answered 200, second did not answer \(.+\); expected 2xx both times$/,
    ],
  ];
  it.each(answers)('duplicate-delivery > a receiver answering %s', async (_name, first, second, passed, status, reason) => {
    for (const provider of PROVIDERS) {
      // Only the duplicate row sends the same bytes twice: the first copy of any body gets `first`, a repeat `second`.
      const seen = new Set<string>();
      const { row } = await check(provider, 'duplicate-delivery', (r) => {
        const key = r.body.toString('utf8');
        const repeat = seen.has(key);
        seen.add(key);
        return repeat ? second : first;
      });
      expect(row).toMatchObject({ passed, status });
      expect(row.reason).toMatch(reason);
    }
  });
});

describe('receiver checks > what the other checks send', () => {
  const nowSeconds = () => Math.floor(Date.now() / 1000);
  const json = (r: Received) => JSON.parse(r.body.toString('utf8')) as Record<string, unknown>;
  const cases: [Provider, CheckId, (r: Received) => void][] = [
    ...PROVIDERS.map((p): [Provider, CheckId, (r: Received) => void] => [
      p,
      'missing-signature',
      (r) => {
        expect(r.rejection).toBe('missing-header');
        expect(Object.keys(r.headers).filter((h) => h.startsWith('x-kushki') || h.startsWith('webhook-'))).toEqual([]);
      },
    ]),
    [
      'kustom',
      'stale-timestamp',
      (r) => {
        expect(r.rejection).toBe('stale-timestamp');
        expect(nowSeconds() - Number(r.headers['webhook-timestamp'])).toBeGreaterThanOrEqual(599);
        expect(nowSeconds() - Number(r.headers['webhook-timestamp'])).toBeLessThan(660);
      },
    ],
    [
      'kustom',
      'future-timestamp',
      (r) => {
        expect(r.rejection).toBe('future-timestamp');
        expect(Number(r.headers['webhook-timestamp']) - nowSeconds()).toBeGreaterThanOrEqual(540);
        expect(Number(r.headers['webhook-timestamp']) - nowSeconds()).toBeLessThanOrEqual(600);
      },
    ],
    ...PROVIDERS.map((p): [Provider, CheckId, (r: Received) => void] => [
      p,
      'non-compact-body',
      (r) => {
        const text = r.body.toString('utf8');
        expect(r.rejection).toBeNull(); // signed over the pretty-printed bytes
        expect(text).toBe(`${JSON.stringify(json(r), null, 2)}\n`);
        // The example's keys in reverse order: a receiver that re-serialises the parsed body gets other bytes.
        const base = exampleOf(p === 'kushki' ? 'kushki.card.approved' : 'kustom.ipp.session.activated');
        expect(Object.keys(json(r))).toEqual(Object.keys(base).reverse());
        expect(parseWebhook(r.body).ok).toBe(true);
      },
    ]),
    [
      'kustom',
      'other-kustom-event',
      (r) => {
        expect(r.rejection).toBeNull();
        expect(json(r)).toMatchObject({ type: 'capture.created', data: { order_id: expect.any(String), capture_id: expect.any(String) } });
        expect(parseWebhook(r.body)).toMatchObject({ ok: true, kind: 'other-event' });
      },
    ],
    [
      'kustom',
      'misspelled-event',
      (r) => {
        expect(r.rejection).toBeNull();
        expect(json(r).type).toBe('ipp.payment.finalized');
      },
    ],
    ...PROVIDERS.map((p): [Provider, CheckId, (r: Received) => void] => [
      p,
      'oversize-body',
      (r) => {
        expect(r.body.length).toBeGreaterThan(1024 * 1024 + 1024);
        expect(r.rejection).toBeNull(); // genuine, only too big
        const padding = p === 'kushki' ? (json(r).metadata as { padding: string }).padding : (json(r).data as { padding: string }).padding;
        expect(padding).toMatch(/^x+$/);
        expect(parseWebhook(r.body).ok).toBe(true);
      },
    ]),
    ...PROVIDERS.map((p): [Provider, CheckId, (r: Received) => void] => [
      p,
      'wrong-content-type',
      (r) => {
        expect(r.headers['content-type']).toBe('text/plain');
        expect(r.rejection).toBeNull();
      },
    ]),
  ];
  it.each(cases)('receiver checks > %s %s sends what the row describes', async (provider, id, inspect) => {
    const { row, received } = await check(provider, id);
    expect(received).toHaveLength(1);
    inspect(received[0]!);
    expect(row.passed).toBe(true);
    expect(received[0]?.headers['content-type'] ?? '').toMatch(id === 'wrong-content-type' ? /^text\/plain$/ : /^application\/json$/);
  });

  const verdicts: [Provider, CheckId, Answer, boolean, RegExp][] = [
    ['kushki', 'missing-signature', () => 200, false, /^answered 200; expected a 4xx \(401\)$/],
    ['kustom', 'stale-timestamp', () => 400, true, /^refused with 400$/],
    ['kustom', 'future-timestamp', () => 499, true, /^refused with 499$/],
    ['kustom', 'future-timestamp', () => 500, false, /^answered 500; expected a 4xx/],
    ['kushki', 'non-compact-body', () => 200, true, /^acknowledged with 200$/],
    ['kushki', 'non-compact-body', () => 299, true, /^acknowledged with 299$/],
    ['kushki', 'non-compact-body', () => 300, false, /^answered 300; expected 2xx$/],
    ['kustom', 'non-compact-body', () => 401, false, /^answered 401; expected 2xx$/],
    ['kustom', 'non-compact-body', () => 'destroy', false, /^did not answer \(.+\); expected 2xx$/],
    ['kustom', 'other-kustom-event', () => 400, false, /^answered 400; expected 2xx$/],
    ['kustom', 'misspelled-event', () => 200, true, /^answered 200$/],
    ['kustom', 'misspelled-event', () => 499, true, /^answered 499$/],
    ['kustom', 'misspelled-event', () => 500, false, /^answered 500; expected no 5xx$/],
    ['kustom', 'misspelled-event', () => 'destroy', false, /^did not answer \(.+\); expected no 5xx$/],
    ['kushki', 'oversize-body', () => 413, true, /^refused with 413$/],
    ['kushki', 'oversize-body', () => 200, false, /^answered 200; expected 413 Payload Too Large$/],
    ['kustom', 'wrong-content-type', () => 415, true, /^answered 415$/],
    ['kustom', 'wrong-content-type', () => 503, false, /^answered 503; expected no 5xx$/],
  ];
  it.each(verdicts)('receiver checks > %s %s: a scripted answer gives passed=%s', async (provider, id, answer, passed, reason) => {
    const { row } = await check(provider, id, answer);
    expect(row.passed).toBe(passed);
    expect(row.reason).toMatch(reason);
    expect(row.status).toBe(row.exchanges[0]?.response?.status ?? null);
  });
});
