/** Under `moduleResolution: node10` (no `exports` map), every public entry still resolves to its types. */
import { type ParseResult, parseWebhook } from 'hookproof';
import { fixtures } from 'hookproof/fixtures';
import type { KustomMockOptions } from 'hookproof/msw';
import type { VerifyReceiverOptions } from 'hookproof/pact';
import type { ReceiverContractSettings } from 'hookproof/pact/vitest';
import { type DeliveryReport, sendWebhook } from 'hookproof/sender';

const result: ParseResult = parseWebhook(fixtures.kushki.cardApproved());
const report: Promise<DeliveryReport> = sendWebhook({ variant: 'kushki.card.approved', target: 'http://127.0.0.1:3000/webhooks/kushki' });
const options: Partial<VerifyReceiverOptions> & Partial<KustomMockOptions> & ReceiverContractSettings = { happyOnly: true };

export { options, report, result };
