/**
 * What `hookproof listen` adds: autocannon posting one signed Kushki delivery, 16 in flight, through
 * the built `hookproof listen --forward-to <receiver> --record <dir>` (its own process, as a user runs
 * it), versus the same autocannon straight to the same minimal receiver. Every request is accounted
 * for: autocannon counts only 2xx, the receiver counts what arrived, and listen wrote one recording each.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { examples } from 'hookproof/fixtures';
import { signKushki, testSecrets } from 'hookproof/sender';
import { type BenchContext, type BenchFigure, figure, formatRate, median } from './bench-figure.js';
import { type LoopbackReceiver, measure, startLoopbackReceiver } from './sender-bench.js';

const MIN_RATIO = 0.5;
const CONNECTIONS = 16;
const CLI = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));

interface ListenProcess {
  url: string;
  close(): void;
}

/** The built CLI, recording into `dir`; its per-delivery lines are read and dropped. */
function startListen(receiver: LoopbackReceiver, dir: string): Promise<ListenProcess> {
  const child = spawn(process.execPath, [CLI, 'listen', '--port', '0', '--json', '--forward-to', receiver.url, '--record', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`hookproof listen exited (${code})`)));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      // The start line; the delivery lines that follow are drained unread.
      lines.close();
      child.stdout.resume();
      const { deliveryUrl } = JSON.parse(line) as { deliveryUrl: string };
      resolve({ url: `${deliveryUrl}/webhooks/kushki`, close: () => child.kill('SIGINT') });
    });
  });
}

export async function benchListen(ctx: BenchContext): Promise<BenchFigure[]> {
  const body = JSON.stringify(examples['kushki.card.approved']);
  // Signed once: the X-Kushki-Id stays within listen's 5-minute tolerance for the whole run.
  const headers = { 'content-type': 'application/json', ...(await signKushki({ body, secret: testSecrets.kushki })) };
  const amount = ctx.quick ? 4 * CONNECTIONS : 4000;
  const dir = mkdtempSync(join(tmpdir(), 'hookproof-bench-listen-'));
  const receiver = await startLoopbackReceiver();
  const listen = await startListen(receiver, dir);
  const latency = { listen: [] as number[], direct: [] as number[] };
  const cannon = (url: string, n: number, latencies: number[]) => async () => {
    const result = await autocannon({ url, method: 'POST', body, headers, connections: CONNECTIONS, amount: n, timeout: 10 });
    latencies.push(result.latency.p50);
    return result['2xx'] === n && result.non2xx === 0 && result.errors === 0 && result.timeouts === 0
      ? null
      : `${result['2xx']} of ${n} answered 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`;
  };
  try {
    const warmUp = ctx.quick ? 2 * CONNECTIONS : 500;
    await measure(receiver, 'listen warm-up', warmUp, cannon(listen.url, warmUp, []));
    await measure(receiver, 'direct warm-up', warmUp, cannon(receiver.url, warmUp, []));
    const rounds = ctx.quick ? 1 : 3;
    const rates = { listen: [] as number[], direct: [] as number[] };
    for (let r = 0; r < rounds; r++) {
      ctx.log(`listen: round ${r + 1}/${rounds} (${amount} requests each)`);
      const listenFirst = r % 2 === 0;
      if (listenFirst) rates.listen.push(await measure(receiver, 'through listen', amount, cannon(listen.url, amount, latency.listen)));
      rates.direct.push(await measure(receiver, 'direct', amount, cannon(receiver.url, amount, latency.direct)));
      if (!listenFirst) rates.listen.push(await measure(receiver, 'through listen', amount, cannon(listen.url, amount, latency.listen)));
    }
    const recorded = readdirSync(dir).filter((f) => f.endsWith('.json')).length;
    const sent = warmUp + rounds * amount;
    if (recorded !== sent) throw new Error(`listen recorded ${recorded} deliveries, ${sent} were sent`);
    const added = median(latency.listen) - median(latency.direct);
    return [
      figure({
        id: 'listen.throughput',
        section: 'listen',
        label: `through listen --record / direct, requests/s (${CONNECTIONS} in flight)`,
        value: median(rates.listen.map((rate, i) => rate / (rates.direct[i] ?? Number.NaN))),
        unit: 'x',
        target: { min: MIN_RATIO },
        detail: `through listen ${formatRate(median(rates.listen))} req/s, direct ${formatRate(median(rates.direct))} req/s (autocannon); median latency ${median(latency.listen)} ms vs ${median(latency.direct)} ms (+${added} ms); ${recorded} of ${sent} recorded`,
      }),
    ];
  } finally {
    listen.close();
    receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
