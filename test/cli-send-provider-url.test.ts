/** `hookproof send --url .../{provider}`: each webhook goes to its provider's endpoint of one receiver. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningReceiver, startFaultyReceiver } from './support/faulty-receivers.js';
import { runCli } from './support/run-cli.js';

let receiver: RunningReceiver;
beforeAll(async () => {
  receiver = await startFaultyReceiver('none');
});
afterAll(() => receiver.close());

describe('cli send with {provider}', () => {
  it('cli send > --all to /webhooks/{provider} delivers every variant to its own endpoint, signature verified', async () => {
    const run = await runCli(['send', '--all', '--url', `${receiver.url}/webhooks/{provider}`, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { totals: { delivered: number; failed: number } };
    expect(report.totals).toMatchObject({ delivered: 10, failed: 0 });
    const byPath = receiver.received.reduce<Record<string, number>>((acc, r) => {
      acc[`${r.path} ${r.status}`] = (acc[`${r.path} ${r.status}`] ?? 0) + 1;
      return acc;
    }, {});
    expect(byPath).toEqual({ '/webhooks/kustom 200': 4, '/webhooks/kushki 200': 6 });
  });
});
