/**
 * What a user's test suite pays, in process:
 * - `sendAll` of the 10 catalogue variants to a Hono app's `app.fetch` (signing each delivery,
 *   building the report) versus calling `app.fetch` directly with the same requests signed beforehand;
 * - one Kustom Order Management call (`GET /ordermanagement/v1/orders/{id}`) through `hookproof/msw`
 *   versus a bare MSW handler answering static JSON, both intercepted by the same `setupServer`.
 * The app verifies the signature and parses the payload, as the README's receiver does. Each round
 * times both sides back to back; the figure is the median of the per-round ratios, the worst beside it.
 */

import { Hono } from 'hono';
import {
  parseWebhook,
  signKushki,
  signKustom,
  testSecrets,
  type VariantId,
  variants,
  verifyKushkiSignature,
  verifyKustomSignature,
} from 'hookproof';
import { examples } from 'hookproof/fixtures';
import { basicAuthHeader, createKustomMock } from 'hookproof/msw';
import { sendAll } from 'hookproof/sender';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { type BenchContext, type BenchFigure, figure, median } from './bench-figure.js';

const MAX_SEND_RATIO = 1.5;
const MAX_MSW_RATIO = 2;

/** A receiver as a user writes it: verify the signature over the raw body, parse, answer 200. */
function receiverApp(): Hono {
  const app = new Hono();
  app.post('/webhooks/:provider', async (c) => {
    const body = await c.req.text();
    const headers = c.req.raw.headers;
    const verified =
      c.req.param('provider') === 'kushki'
        ? await verifyKushkiSignature({ body, headers, secret: testSecrets.kushki }).then(
            () => true,
            () => false,
          )
        : await verifyKustomSignature({ body, headers, secrets: testSecrets.kustom }).then(
            () => true,
            () => false,
          );
    if (!verified) return c.body(null, 401);
    return c.body(null, parseWebhook(body).ok ? 200 : 400);
  });
  return app;
}

/** Times `run` `times` times in a row; ms per run, by the wall clock and in this process's CPU time. */
async function timed(times: number, run: () => Promise<void>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < times; i++) await run();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / times, cpu: (used.user + used.system) / 1000 / times };
}

/** Per round: hookproof's side and the baseline's, wall clock (`mine`, `base`) and CPU time. */
interface Pair {
  mine: number[];
  base: number[];
  cpu: { mine: number[]; base: number[] };
}

function newPair(): Pair {
  return { mine: [], base: [], cpu: { mine: [], base: [] } };
}

/** Runs one round, hookproof's side then the baseline, and records both. */
async function round(pair: Pair, times: number, mine: () => Promise<void>, base: () => Promise<void>): Promise<void> {
  const m = await timed(times, mine);
  const b = await timed(times, base);
  pair.mine.push(m.wall);
  pair.base.push(b.wall);
  pair.cpu.mine.push(m.cpu);
  pair.cpu.base.push(b.cpu);
}

function ratioFigure(
  id: string,
  label: string,
  pair: Pick<Pair, 'mine' | 'base'>,
  max: number | undefined,
  detail: (mine: number, base: number) => string,
): BenchFigure {
  const ratios = pair.mine.map((m, i) => m / (pair.base[i] ?? Number.NaN));
  return figure({
    id,
    section: 'in-process',
    label,
    value: median(ratios),
    unit: 'x',
    ...(max === undefined ? {} : { target: { max } }),
    detail: `${detail(median(pair.mine), median(pair.base))}; worst round ${Math.max(...ratios).toFixed(2)}x`,
  });
}

async function benchSendAll(ctx: BenchContext): Promise<Pair> {
  const app = receiverApp();
  const ids = variants.map((v) => v.id) as VariantId[];
  // The same bytes sendAll sends for `{ variant }`, signed once beforehand.
  const signed = await Promise.all(
    variants.map(async (v) => {
      const body = JSON.stringify(examples[v.id]);
      const headers =
        v.provider === 'kushki'
          ? await signKushki({ body, secret: testSecrets.kushki })
          : await signKustom({ body, secrets: testSecrets.kustom });
      return {
        url: `http://localhost/webhooks/${v.provider}`,
        body,
        headers: { 'content-type': 'application/json', 'user-agent': 'hookproof-sender', ...headers },
      };
    }),
  );
  const viaSendAll = async () => {
    const report = await sendAll({ target: app.fetch, webhooks: ids, schedule: [0], timeoutMs: 10_000 });
    if (report.totals.delivered !== ids.length) throw new Error(`sendAll delivered ${report.totals.delivered} of ${ids.length}`);
  };
  const direct = async () => {
    for (const s of signed) {
      const response = await app.fetch(new Request(s.url, { method: 'POST', headers: s.headers, body: s.body }));
      await response.text();
      if (response.status !== 200) throw new Error(`app.fetch answered ${response.status}`);
    }
  };
  const rounds = ctx.quick ? 1 : 7;
  const times = ctx.quick ? 2 : 150;
  await timed(times, viaSendAll);
  await timed(times, direct);
  const pair = newPair();
  for (let r = 0; r < rounds; r++) {
    ctx.log(`in-process: sendAll round ${r + 1}/${rounds}`);
    await round(pair, times, viaSendAll, direct);
  }
  return pair;
}

async function benchMsw(ctx: BenchContext): Promise<Pair> {
  const credentials = { username: 'K1', password: 'bench' };
  const mock = createKustomMock({ credentials });
  const order = mock.orders.authorize({ order_amount: 10_000, purchase_currency: 'EUR' });
  const staticOrder = structuredClone(order);
  const bareUrl = 'https://bare.example/ordermanagement/v1/orders/:id';
  // The bare handler comes first, so the hookproof call also passes its (cheap) URL test.
  const server = setupServer(
    http.get(bareUrl, () => HttpResponse.json(staticOrder)),
    ...mock.handlers,
  );
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const headers = { authorization: basicAuthHeader(credentials) };
    const hookproofUrl = `https://api.kustom.co/ordermanagement/v1/orders/${order.order_id}`;
    const get = (url: string) => async () => {
      const response = await fetch(url, { headers });
      const body = (await response.json()) as { order_id?: string };
      if (response.status !== 200 || body.order_id !== order.order_id) throw new Error(`GET ${url} answered ${response.status}`);
    };
    const viaHookproof = get(hookproofUrl);
    const bare = get(bareUrl.replace(':id', order.order_id));
    const rounds = ctx.quick ? 1 : 7;
    const times = ctx.quick ? 2 : 300;
    await timed(times, viaHookproof);
    await timed(times, bare);
    const pair = newPair();
    for (let r = 0; r < rounds; r++) {
      ctx.log(`in-process: MSW round ${r + 1}/${rounds}`);
      await round(pair, times, viaHookproof, bare);
    }
    return pair;
  } finally {
    server.close();
  }
}

export async function benchInProcess(ctx: BenchContext): Promise<BenchFigure[]> {
  const send = await benchSendAll(ctx);
  const msw = await benchMsw(ctx);
  const us = (ms: number) => `${Math.round(ms * 1000)} µs`;
  return [
    ratioFigure(
      'in-process.sendall',
      'in-process sendAll of the 10 variants to a Hono app / direct app.fetch',
      send,
      MAX_SEND_RATIO,
      (mine, base) =>
        `sendAll ${us(mine)} per 10 deliveries (signing each, with the report), app.fetch with pre-signed requests ${us(base)}`,
    ),
    // Context, no target: the same rounds in CPU time, which other jobs on a shared machine disturb less than the wall clock.
    ratioFigure(
      'in-process.sendall.cpu-time',
      'context: in-process sendAll / direct app.fetch, CPU time of the process',
      send.cpu,
      undefined,
      (mine, base) => `the rounds above in process.cpuUsage(): sendAll ${us(mine)} per 10 deliveries, app.fetch ${us(base)}`,
    ),
    ratioFigure(
      'in-process.msw-order',
      'hookproof/msw Order Management GET / bare MSW handler (static JSON)',
      msw,
      MAX_MSW_RATIO,
      (mine, base) => `hookproof/msw ${us(mine)} per call (auth, ledger, copy), bare handler ${us(base)}; both through setupServer + fetch`,
    ),
  ];
}
