/**
 * Sender throughput: `sendAll` (signing every delivery, bounded concurrency, a report entry per
 * delivery) against a minimal loopback receiver, versus bare `fetch` posting the same body with
 * headers signed beforehand at the same concurrency (the yardstick: the sender posts with `fetch` so
 * that MSW can intercept it), and autocannon over as many connections (for context). Every request is
 * accounted for on every side: the sender's report, the status codes, the receiver's own count.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { VariantId } from 'hookproof';
import { examples } from 'hookproof/fixtures';
import { sendAll, signKushki, testSecrets } from 'hookproof/sender';
import { type BenchContext, type BenchFigure, figure, formatRate, median } from './bench-figure.js';
import type { ReceiverMessage } from './loopback-receiver.js';

const MIN_RATIO_FETCH = 0.8;
const VARIANT: VariantId = 'kushki.card.approved';
const CONNECTIONS = 16;

export interface LoopbackReceiver {
  url: string;
  /** Requests received so far. */
  count(): Promise<number>;
  close(): void;
}

/** A receiver in a process of its own: the minimal one by default, or another script that speaks its messages. */
export function startLoopbackReceiver(script = './loopback-receiver.ts'): Promise<LoopbackReceiver> {
  const child: ChildProcess = fork(fileURLToPath(new URL(script, import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
  });
  // One question at a time: each waits for the next message of its type.
  const waiting: { type: ReceiverMessage['type']; resolve: (m: ReceiverMessage) => void; reject: (e: Error) => void }[] = [];
  child.on('message', (message: ReceiverMessage) => {
    const index = waiting.findIndex((w) => w.type === message.type);
    if (index >= 0) waiting.splice(index, 1)[0]?.resolve(message);
  });
  child.once('exit', (code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`the loopback receiver exited (${code})`));
  });
  const next = <T extends ReceiverMessage['type']>(type: T) =>
    new Promise<Extract<ReceiverMessage, { type: T }>>((resolve, reject) => {
      waiting.push({ type, resolve: resolve as (m: ReceiverMessage) => void, reject });
    });
  return next('listening').then(({ port }) => ({
    url: `http://127.0.0.1:${port}/webhooks/kushki`,
    count: () => {
      const reply = next('count');
      child.send('count');
      return reply.then((m) => m.requests);
    },
    close: () => child.disconnect(),
  }));
}

/** Requests per second of one run, after checking that every request arrived and was acknowledged. */
export async function measure(
  receiver: LoopbackReceiver,
  label: string,
  amount: number,
  run: () => Promise<string | null>,
): Promise<number> {
  const before = await receiver.count();
  const started = performance.now();
  const problem = await run();
  const seconds = (performance.now() - started) / 1000;
  const received = (await receiver.count()) - before;
  if (problem) throw new Error(`${label}: ${problem}`);
  if (received !== amount) throw new Error(`${label}: the receiver got ${received} requests, ${amount} were sent`);
  return amount / seconds;
}

export async function benchSender(ctx: BenchContext): Promise<BenchFigure[]> {
  // The bytes sendAll sends for `{ variant }`, with the headers of one signed delivery of them.
  const body = JSON.stringify(examples[VARIANT]);
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'hookproof-sender',
    ...(await signKushki({ body, secret: testSecrets.kushki })),
  };
  const amount = ctx.quick ? 4 * CONNECTIONS : 4000;
  const receiver = await startLoopbackReceiver();

  const sender = (n: number) => async () => {
    const report = await sendAll({
      target: receiver.url,
      webhooks: Array<VariantId>(n).fill(VARIANT),
      concurrency: CONNECTIONS,
      schedule: [0],
      timeoutMs: 10_000,
    });
    const { deliveries, delivered, failed } = report.totals;
    return deliveries === n && delivered === n && failed === 0 ? null : `report says ${delivered} of ${n} delivered, ${failed} failed`;
  };
  const cannon = (n: number) => async () => {
    const result = await autocannon({ url: receiver.url, method: 'POST', body, headers, connections: CONNECTIONS, amount: n, timeout: 10 });
    return result['2xx'] === n && result.non2xx === 0 && result.errors === 0 && result.timeouts === 0
      ? null
      : `${result['2xx']} of ${n} answered 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`;
  };

  // Bare fetch: the same bytes and headers, signed before the clock starts, `CONNECTIONS` in flight.
  const bareFetch = (n: number) => async () => {
    let next = 0;
    let failures = 0;
    const worker = async () => {
      while (next < n) {
        next++;
        const response = await fetch(receiver.url, { method: 'POST', body, headers });
        await response.text();
        if (response.status !== 200) failures++;
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    return failures === 0 ? null : `${failures} of ${n} not answered 200`;
  };

  try {
    const warmUp = ctx.quick ? 2 * CONNECTIONS : 500;
    await measure(receiver, 'sendAll warm-up', warmUp, sender(warmUp));
    await measure(receiver, 'fetch warm-up', warmUp, bareFetch(warmUp));
    await measure(receiver, 'autocannon warm-up', warmUp, cannon(warmUp));
    const rounds = ctx.quick ? 1 : 5;
    const rates = { sender: [] as number[], fetch: [] as number[], cannon: [] as number[] };
    for (let r = 0; r < rounds; r++) {
      ctx.log(`sender: round ${r + 1}/${rounds} (${amount} requests each)`);
      // Alternate the order, so that neither side always runs on a warmer (or more tired) machine.
      const order = r % 2 === 0 ? (['sender', 'fetch'] as const) : (['fetch', 'sender'] as const);
      for (const side of order) {
        rates[side].push(await measure(receiver, side, amount, side === 'sender' ? sender(amount) : bareFetch(amount)));
      }
      rates.cannon.push(await measure(receiver, 'autocannon', amount, cannon(amount)));
    }
    const vsFetch = rates.sender.map((rate, i) => rate / (rates.fetch[i] ?? Number.NaN));
    const vsCannon = rates.sender.map((rate, i) => rate / (rates.cannon[i] ?? Number.NaN));
    return [
      figure({
        id: 'sender.vs-fetch',
        section: 'sender',
        label: `sendAll / bare fetch, requests/s (${CONNECTIONS} in flight)`,
        value: median(vsFetch),
        unit: 'x',
        target: { min: MIN_RATIO_FETCH },
        detail: `sendAll ${formatRate(median(rates.sender))} req/s (signing each, reported), fetch with pre-signed headers ${formatRate(median(rates.fetch))} req/s; worst round ${Math.min(...vsFetch).toFixed(2)}x`,
      }),
      figure({
        id: 'sender.throughput',
        section: 'sender',
        label: `sendAll / autocannon, requests/s (${CONNECTIONS} in flight)`,
        value: median(vsCannon),
        unit: 'x',
        detail: `for context: autocannon ${formatRate(median(rates.cannon))} req/s (not fetch, not interceptable by MSW); ${amount} of ${amount} delivered each run`,
      }),
    ];
  } finally {
    receiver.close();
  }
}
