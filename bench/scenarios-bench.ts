/**
 * Lifecycle scenarios: the wall time of the whole scenario set (`runLifecycleScenarios`, every
 * scenario at once) through a `hookproof mock` server against the example receiver, which captures
 * within a few ms of the finalized callback (well within the 100 ms the target assumes).
 */
import { startReceiver } from '../examples/receiver/server.js';
import { startKustomMockServer } from '../mocks/server/kustom-mock-server.js';
import { lifecycleScenarios } from '../src/scenarios/lifecycle-scenarios.js';
import { runLifecycleScenarios } from '../src/scenarios/run-scenarios.js';
import { QUIET_PERIOD_MS } from '../src/scenarios/settle.js';
import { type BenchContext, type BenchFigure, figure, median } from './bench-figure.js';

const MAX_WALL_S = 5;
const credentials = { username: 'bench-merchant', password: 'bench-password' };
const secret = 'whsec_YmVuY2gtc2NlbmFyaW9zLXNlY3JldC0wMQ==';

async function runOnce(): Promise<number> {
  const mock = await startKustomMockServer({ credentials, secret });
  const receiver = await startReceiver({
    kustom: { secrets: secret },
    kushki: { secret: 'bench-kushki-secret' },
    orderManagement: { baseUrl: mock.url, credentials },
  });
  try {
    const started = performance.now();
    const results = await runLifecycleScenarios({ mock: mock.url, receiverUrl: `${receiver.url}/webhooks/kustom` });
    const wall = (performance.now() - started) / 1000;
    const failed = results.filter((r) => !r.passed && r.severity === 'required');
    // A run with failures measures time-outs, not the work: refuse to report it.
    if (failed.length) throw new Error(`scenarios failed: ${failed.map((r) => `${r.id}: ${r.reason}`).join('; ')}`);
    return wall;
  } finally {
    await Promise.race([receiver.close(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    await mock.close();
  }
}

export async function benchScenarios(ctx: BenchContext): Promise<BenchFigure[]> {
  const runs = ctx.quick ? 1 : 3;
  if (!ctx.quick) await runOnce(); // warm up, untimed
  const walls: number[] = [];
  for (let i = 0; i < runs; i++) {
    ctx.log(`scenarios: run ${i + 1}/${runs}`);
    walls.push(await runOnce());
  }
  const wall = median(walls);
  return [
    figure({
      id: 'scenarios.wall',
      section: 'scenarios',
      label: `Lifecycle scenarios: all ${lifecycleScenarios.length} at once through hookproof mock, wall time`,
      value: Math.round(wall * 100) / 100,
      unit: 's',
      target: { max: MAX_WALL_S },
      detail: `median of ${runs} run(s): ${walls.map((w) => `${w.toFixed(2)} s`).join(', ')}; each scenario ends ${QUIET_PERIOD_MS} ms after the receiver's last call`,
    }),
  ];
}
