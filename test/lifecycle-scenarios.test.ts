/**
 * The lifecycle scenarios bite: a correct receiver passes all of them; a receiver with one bug fails
 * exactly the scenarios about that bug. Each run has its own `hookproof mock` server and receiver.
 */
import { describe, expect, it } from 'vitest';
import { startKustomMockServer } from '../mocks/server/kustom-mock-server.js';
import type { ScenarioId } from '../src/scenarios/lifecycle-scenarios.js';
import { runLifecycleScenarios } from '../src/scenarios/run-scenarios.js';
import { type ReceiverBugs, startLifecycleReceiver } from './support/lifecycle-receiver.js';

const credentials = { username: 'merchant', password: 'pw' };
const secret = 'whsec_bGlmZWN5Y2xlLXNjZW5hcmlvcy1zZWNyZXQ=';
const CAPTURING: ScenarioId[] = [
  'lifecycle-capture',
  'lifecycle-redelivered-finalized',
  'lifecycle-concurrent-finalized',
  'lifecycle-capture-503',
  'lifecycle-capture-response-lost',
  'lifecycle-out-of-order',
];

async function failingScenarios(bugs: ReceiverBugs) {
  const mock = await startKustomMockServer({ credentials, secret });
  const receiver = await startLifecycleReceiver({ apiBase: mock.url, credentials, secret }, bugs);
  try {
    const results = await runLifecycleScenarios({ mock: mock.url, receiverUrl: receiver.url, settleTimeoutMs: 1_500 });
    return { failing: results.filter((r) => !r.passed).map((r) => r.id), results };
  } finally {
    await receiver.close();
    await mock.close();
  }
}

describe('lifecycle scenarios > each bites', () => {
  it.concurrent.each<[string, ReceiverBugs, ScenarioId[]]>([
    ['a correct receiver', {}, []],
    ['never captures', { neverCaptures: true }, CAPTURING],
    ['captures a wrong amount', { amountOff: 1 }, CAPTURING],
    ['does not retry', { retries: false }, ['lifecycle-capture-503', 'lifecycle-capture-response-lost']],
    ['a new idempotency key per attempt', { newKeyPerAttempt: true }, ['lifecycle-capture-response-lost']],
    ['no "already captured" check', { noAlreadyCapturedCheck: true }, ['lifecycle-already-captured']],
    [
      'no dedup, no check and a new key per attempt (a capture refused on a redelivery)',
      { noDedup: true, noAlreadyCapturedCheck: true, newKeyPerAttempt: true },
      [
        'lifecycle-redelivered-finalized',
        'lifecycle-concurrent-finalized',
        'lifecycle-capture-response-lost',
        'lifecycle-already-captured',
      ],
    ],
    ['wrong credentials', { wrongCredentials: true }, [...CAPTURING, 'lifecycle-already-captured']],
    ['captures before answering', { captureBeforeAck: true }, ['lifecycle-slow-order-management']],
  ])('scenarios > %s fails exactly the scenarios about it', async (_name, bugs, expected) => {
    const { failing, results } = await failingScenarios(bugs);
    expect(
      failing.sort(),
      JSON.stringify(
        results.filter((r) => !r.passed || expected.length === 0),
        null,
        1,
      ),
    ).toEqual([...expected].sort());
  });
});
