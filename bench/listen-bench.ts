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
import { type LoopbackReceiver, startLoopbackReceiver } from './sender-bench.js';

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

/** Requests/s of one timed autocannon run; the receiver's own count is the number of requests that got through. */
async function rate(receiver: LoopbackReceiver, url: string, seconds: number, send: Omit<autocannon.Options, 'url'>, latencies: number[]) {
  const before = await receiver.count();
  const started = performance.now();
  // A timed run, not a request count: autocannon settles on its one-second ticks, which would round
  // the duration of a short run to whole seconds.
  const result = await autocannon({ ...send, url, duration: seconds });
  // Up to one window of requests in flight when this run stopped, and one of the run before, may land on either side of a count.
  const elapsed = (performance.now() - started) / 1000;
  const received = (await receiver.count()) - before;
  if (
    result.non2xx !== 0 ||
    result.errors !== 0 ||
    result.timeouts !== 0 ||
    received < result['2xx'] ||
    received > result['2xx'] + 2 * CONNECTIONS
  ) {
    throw new Error(
      `${url}: ${result['2xx']} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts; the receiver got ${received}`,
    );
  }
  latencies.push(result.latency.p50);
  return received / elapsed;
}

export async function benchListen(ctx: BenchContext): Promise<BenchFigure[]> {
  const body = JSON.stringify(examples['kushki.card.approved']);
  // Signed once: the X-Kushki-Id stays within listen's 5-minute tolerance for the whole run.
  const headers = { 'content-type': 'application/json', ...(await signKushki({ body, secret: testSecrets.kushki })) };
  const send = { method: 'POST' as const, body, headers, connections: CONNECTIONS, timeout: 10 };
  const seconds = ctx.quick ? 1 : 3;
  const dir = mkdtempSync(join(tmpdir(), 'hookproof-bench-listen-'));
  const receiver = await startLoopbackReceiver();
  const listen = await startListen(receiver, dir);
  const latency = { listen: [] as number[], direct: [] as number[] };
  try {
    let throughListen = 0;
    const viaListen = async (secs: number, latencies: number[]) => {
      const start = await receiver.count();
      const r = await rate(receiver, listen.url, secs, send, latencies);
      throughListen += (await receiver.count()) - start;
      return r;
    };
    await viaListen(1, []); // warm-up
    await rate(receiver, receiver.url, 1, send, []);
    const rounds = ctx.quick ? 1 : 3;
    const rates = { listen: [] as number[], direct: [] as number[] };
    for (let r = 0; r < rounds; r++) {
      ctx.log(`listen: round ${r + 1}/${rounds} (${seconds} s each way)`);
      if (r % 2 === 0) rates.listen.push(await viaListen(seconds, latency.listen));
      rates.direct.push(await rate(receiver, receiver.url, seconds, send, latency.direct));
      if (r % 2 === 1) rates.listen.push(await viaListen(seconds, latency.listen));
    }
    // Every delivery that reached the receiver through listen has its recording (written before listen answers).
    const recorded = readdirSync(dir).filter((f) => f.endsWith('.json')).length;
    if (recorded < throughListen) throw new Error(`listen recorded ${recorded} deliveries, ${throughListen} went through it`);
    const added = median(latency.listen) - median(latency.direct);
    return [
      figure({
        id: 'listen.throughput',
        section: 'listen',
        label: `through listen --record / direct, requests/s (${CONNECTIONS} in flight)`,
        value: median(rates.listen.map((r, i) => r / (rates.direct[i] ?? Number.NaN))),
        unit: 'x',
        target: { min: MIN_RATIO },
        detail: `through listen ${formatRate(median(rates.listen))} req/s, direct ${formatRate(median(rates.direct))} req/s (autocannon, ${seconds} s runs); median latency ${median(latency.listen)} ms vs ${median(latency.direct)} ms (+${added} ms); ${recorded} recordings for ${throughListen} deliveries through listen`,
      }),
    ];
  } finally {
    listen.close();
    receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
