/**
 * What `hookproof listen` adds: autocannon posting one signed Kushki delivery, 16 in flight, through
 * the built `hookproof listen --forward-to <receiver> --record <dir>` (its own process, as a user runs
 * it), versus the same autocannon straight to the same receiver. Two receivers, each in its own process:
 *
 * - the example receiver (examples/receiver/), the app a developer forwards to: it verifies the
 *   signature over the raw body and validates the payload before answering (the repeats of the one
 *   delivery are answered as duplicates, after both checks). The figure with the target.
 * - the minimal loopback receiver, which only reads the body and answers 200: context only, since no
 *   real endpoint answers without doing any work.
 *
 * Every request is accounted for: autocannon counts only 2xx, the receiver counts what arrived, and
 * once listen has been stopped (SIGINT, which waits for the recordings still being written) the folder
 * holds one recording per delivery listen counted, none failed, and at least one per delivery the
 * receiver got through it.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  /** Stops listen with SIGINT and resolves, once it has exited, with its closing counts. */
  stop(): Promise<StoppedLine>;
}

/** The line listen prints once stopped (after the recordings still being written). */
interface StoppedLine {
  deliveries: number;
  recorded: number;
  recordFailed: number;
}

/** The built CLI, recording into `dir`; only its first and last JSON lines are read, the delivery lines between are drained unread. */
function startListen(receiver: LoopbackReceiver, dir: string): Promise<ListenProcess> {
  const child = spawn(process.execPath, [CLI, 'listen', '--port', '0', '--json', '--forward-to', receiver.url, '--record', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  // The start line, then only the latest few hundred bytes: enough to hold the last line.
  let text = '';
  let started = false;
  return new Promise((resolve, reject) => {
    void exited.then((code) => reject(new Error(`hookproof listen exited (${code})`)));
    child.stdout.on('data', (chunk: Buffer) => {
      text = started ? (text + chunk.toString('utf8')).slice(-4_096) : text + chunk.toString('utf8');
      const end = text.indexOf('\n');
      if (started || end < 0) return;
      started = true;
      const { deliveryUrl } = JSON.parse(text.slice(0, end)) as { deliveryUrl: string };
      resolve({
        url: `${deliveryUrl}/webhooks/kushki`,
        stop: async () => {
          child.kill('SIGINT');
          const code = await exited;
          const last = text.trimEnd().split('\n').at(-1) ?? '';
          const stopped = JSON.parse(last) as StoppedLine & { type: string };
          if (code !== 0 || stopped.type !== 'stopped') throw new Error(`hookproof listen exited with ${code} after SIGINT: ${last}`);
          return stopped;
        },
      });
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
  return { rate: received / elapsed, received };
}

/**
 * How long creating an empty file takes in `dir`, in µs (the median of 100, left in place with names
 * that are not recordings'). It varies tenfold with what the machine's other jobs deleted lately, and
 * listen creates one file per delivery: the figure is read beside it.
 */
function fileCreationMicros(dir: string, label: string): number {
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const started = performance.now();
    closeSync(openSync(join(dir, `probe-${label}-${i}`), 'wx'));
    times.push((performance.now() - started) * 1000);
  }
  return Math.round(median(times));
}

interface Comparison {
  ratio: number;
  detail: string;
}

/** Alternating timed runs through listen and straight to one receiver, with the recordings checked after listen stops. */
async function compare(
  ctx: BenchContext,
  name: string,
  script: string | undefined,
  send: Omit<autocannon.Options, 'url'>,
): Promise<Comparison> {
  const seconds = ctx.quick ? 1 : 3;
  const rounds = ctx.quick ? 1 : 3;
  const dir = mkdtempSync(join(tmpdir(), `hookproof-bench-listen-${name.replaceAll(' ', '-')}-`));
  const receiver = await startLoopbackReceiver(script);
  let listen: ListenProcess | null = null;
  try {
    const createBefore = fileCreationMicros(dir, 'before');
    listen = await startListen(receiver, dir);
    const via = listen.url;
    const latency = { listen: [] as number[], direct: [] as number[] };
    const rates = { listen: [] as number[], direct: [] as number[] };
    let throughListen = 0;
    const viaListen = async (secs: number, latencies: number[]) => {
      const run = await rate(receiver, via, secs, send, latencies);
      throughListen += run.received;
      return run.rate;
    };
    await viaListen(1, []); // warm-up
    await rate(receiver, receiver.url, 1, send, []);
    for (let r = 0; r < rounds; r++) {
      ctx.log(`listen, ${name}: round ${r + 1}/${rounds} (${seconds} s each way)`);
      if (r % 2 === 0) rates.listen.push(await viaListen(seconds, latency.listen));
      rates.direct.push((await rate(receiver, receiver.url, seconds, send, latency.direct)).rate);
      if (r % 2 === 1) rates.listen.push(await viaListen(seconds, latency.listen));
    }
    const stopped = await listen.stop();
    listen = null;
    const recorded = readdirSync(dir).filter((f) => f.endsWith('.json')).length;
    if (recorded !== stopped.deliveries || stopped.recorded !== recorded || stopped.recordFailed !== 0 || recorded < throughListen) {
      throw new Error(
        `${name}: ${recorded} recordings in the folder; listen says ${JSON.stringify(stopped)}; ${throughListen} went through it`,
      );
    }
    const createAfter = fileCreationMicros(dir, 'after');
    const added = median(latency.listen) - median(latency.direct);
    return {
      ratio: median(rates.listen.map((r, i) => r / (rates.direct[i] ?? Number.NaN))),
      detail: `through listen ${formatRate(median(rates.listen))} req/s, direct ${formatRate(median(rates.direct))} req/s (autocannon, ${seconds} s runs); median latency ${median(latency.listen)} ms vs ${median(latency.direct)} ms (+${added} ms); ${recorded} recordings for ${stopped.deliveries} deliveries through listen; creating a file in the recordings folder took ${createBefore} µs before, ${createAfter} µs after`,
    };
  } finally {
    await listen?.stop().catch(() => null);
    receiver.close();
    // Removed at the end of the section: thousands of files deleted here would slow the next
    // comparison's file creation (ext4 without a journal skips recently deleted inodes).
    made.push(dir);
  }
}

const made: string[] = [];

export async function benchListen(ctx: BenchContext): Promise<BenchFigure[]> {
  const body = JSON.stringify(examples['kushki.card.approved']);
  // Signed once: the X-Kushki-Id stays within the 5-minute tolerance (listen's and the receiver's) for the whole run.
  const headers = { 'content-type': 'application/json', ...(await signKushki({ body, secret: testSecrets.kushki })) };
  const send = { method: 'POST' as const, body, headers, connections: CONNECTIONS, timeout: 10 };
  let app: Comparison;
  let bare: Comparison;
  try {
    app = await compare(ctx, 'example receiver', './example-receiver-process.ts', send);
    bare = await compare(ctx, 'no-op receiver', undefined, send);
  } finally {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
  return [
    figure({
      id: 'listen.throughput',
      section: 'listen',
      label: `through listen --record / direct to the example receiver, requests/s (${CONNECTIONS} in flight)`,
      value: app.ratio,
      unit: 'x',
      target: { min: MIN_RATIO },
      detail: `${app.detail}; the example receiver verifies the signature and validates the payload`,
    }),
    figure({
      id: 'listen.throughput.no-op-receiver',
      section: 'listen',
      label: `context: through listen --record / direct to a no-op receiver, requests/s (${CONNECTIONS} in flight)`,
      value: bare.ratio,
      unit: 'x',
      detail: `${bare.detail}; the no-op receiver reads the body and answers 200, doing no work (no target: a bound, not a use)`,
    }),
  ];
}
