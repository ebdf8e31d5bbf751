/**
 * Signature verification, as a receiver runs it in production: `verifyKustomSignature` (one HMAC per
 * secret; one secret here) and `verifyKushkiSignature` (two HMACs: the signature and the simple
 * signature), on 1 KB and 64 KB bodies, against `node:crypto`'s `createHmac` computing the same
 * number of HMACs over the same bytes and comparing them with `timingSafeEqual`. Timed with tinybench
 * in batches, several rounds; the ratio is the median of the per-round ratios, the worst beside it.
 */
import { Buffer } from 'node:buffer';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { signKushki, signKustom, testSecrets, verifyKushkiSignature, verifyKustomSignature } from 'hookproof';
import { Bench } from 'tinybench';
import { type BenchContext, type BenchFigure, figure, median } from './bench-figure.js';

const MAX_RATIO = 1.5;
const SIZES = [
  { label: '1 KB', bytes: 1024 },
  { label: '64 KB', bytes: 64 * 1024 },
] as const;

/** A JSON body of about `bytes` bytes. */
function bodyOf(bytes: number): string {
  const filler = 'x'.repeat(Math.max(0, bytes - 40));
  return JSON.stringify({ id: 'kevt_bench', type: 'ipp.session.finalized', note: filler })
    .slice(0, bytes - 2)
    .concat('"}');
}

type Task = [name: string, run: () => unknown];

async function tasksFor(label: string, body: string): Promise<Task[]> {
  const now = Date.now();
  const kustomKey = Buffer.from(testSecrets.kustom.slice('whsec_'.length), 'base64');
  const kustomHeaders = await signKustom({ body, secrets: testSecrets.kustom, timestamp: new Date(now) });
  const kushkiHeaders = await signKushki({ body, secret: testSecrets.kushki, id: now });
  const kushkiKey = Buffer.from(testSecrets.kushki);
  const kustomExpected = Buffer.from(kustomHeaders['webhook-signature']?.slice(3) ?? '');
  const kushkiExpected = Buffer.from(kushkiHeaders['X-Kushki-Signature']);
  const kushkiSimpleExpected = Buffer.from(kushkiHeaders['X-Kushki-SimpleSignature']);
  const id = String(now);
  const kustomSigned = `${kustomHeaders['webhook-id']}.${kustomHeaders['webhook-timestamp']}.`;
  return [
    [`kustom ${label} hookproof`, () => verifyKustomSignature({ body, headers: kustomHeaders, secrets: testSecrets.kustom, now })],
    [
      `kustom ${label} node:crypto`,
      () =>
        timingSafeEqual(Buffer.from(createHmac('sha256', kustomKey).update(kustomSigned).update(body).digest('base64')), kustomExpected),
    ],
    [`kushki ${label} hookproof`, () => verifyKushkiSignature({ body, headers: kushkiHeaders, secret: testSecrets.kushki, now })],
    [
      `kushki ${label} node:crypto`,
      () =>
        timingSafeEqual(Buffer.from(createHmac('sha256', kushkiKey).update(body).update('.').update(id).digest('hex')), kushkiExpected) &&
        timingSafeEqual(Buffer.from(createHmac('sha256', kushkiKey).update(id).digest('hex')), kushkiSimpleExpected),
    ],
  ];
}

export async function benchSignatures(ctx: BenchContext): Promise<BenchFigure[]> {
  const tasks: Task[] = [];
  for (const size of SIZES) tasks.push(...(await tasksFor(size.label, bodyOf(size.bytes))));
  // Every contestant must accept its delivery, or the race measures an early exit.
  for (const [name, run] of tasks) if ((await run()) === false) throw new Error(`${name} rejects its delivery`);

  const rounds = ctx.quick ? 1 : 5;
  const batch = ctx.quick ? 2 : 50;
  const timings = new Map<string, number[]>();
  for (let r = 1; r <= rounds; r++) {
    ctx.log(`signatures: round ${r}/${rounds}`);
    const bench = new Bench({ time: ctx.quick ? 2 : 150, warmupTime: ctx.quick ? 2 : 40, timestampProvider: 'hrtimeNow', throws: true });
    for (const [name, run] of tasks) {
      bench.add(name, async () => {
        for (let i = 0; i < batch; i++) await run();
      });
    }
    await bench.run();
    for (const task of bench.tasks) {
      if (task.result.state !== 'completed') throw new Error(`${task.name}: ${task.result.state}`);
      timings.set(task.name, [...(timings.get(task.name) ?? []), (task.result.latency.p50 * 1e3) / batch]);
    }
  }

  const us = (name: string) => median(timings.get(name) ?? [Number.NaN]);
  return ['kustom', 'kushki'].flatMap((provider) =>
    SIZES.map((size) => {
      const mine = timings.get(`${provider} ${size.label} hookproof`) ?? [];
      const base = timings.get(`${provider} ${size.label} node:crypto`) ?? [];
      const ratios = mine.map((t, i) => t / (base[i] ?? Number.NaN));
      const hmacs = provider === 'kustom' ? 'one HMAC' : 'two HMACs';
      return figure({
        id: `signatures.${provider}.${size.bytes / 1024}kb`,
        section: 'signatures',
        label: `verify${provider === 'kustom' ? 'Kustom' : 'Kushki'}Signature, ${size.label} body / node:crypto HMAC`,
        value: median(ratios),
        unit: 'x',
        ...(size.bytes === 1024 ? { target: { max: MAX_RATIO } } : {}),
        detail: `hookproof ${us(`${provider} ${size.label} hookproof`).toFixed(1)} µs, createHmac + timingSafeEqual (${hmacs}) ${us(`${provider} ${size.label} node:crypto`).toFixed(1)} µs; worst round ${Math.max(...ratios).toFixed(2)}x`,
      });
    }),
  );
}
