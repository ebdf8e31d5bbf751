/** The vitest helper as an app suite uses it: one test per variant, against a receiver started in beforeAll. */
import { afterAll, beforeAll } from 'vitest';
import { describeReceiverContract } from '../src/pact/vitest.js';
import { type RunningReceiver, startFaultyReceiver } from './support/faulty-receivers.js';

let receiver: RunningReceiver;
const seededSessions: unknown[] = [];
beforeAll(async () => {
  receiver = await startFaultyReceiver('none');
});
afterAll(() => receiver.close());

describeReceiverContract('pact vitest helper > receiver', 'all', () => ({
  url: receiver.url,
  stateHandlers: { 'an IPP session exists': (params) => void seededSessions.push(params) },
}));
