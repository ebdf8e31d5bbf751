/**
 * The checks beyond the contracts' happy path: what a receiver must refuse (forged, unsigned, stale
 * deliveries) and what it must survive (duplicates, non-compact JSON, other Kustom events, the
 * misspelled event name). Each posts real, signed requests to the receiver.
 */
import { randomUUID } from 'node:crypto';
import type { Provider, VariantId } from '../catalogue/variant-catalogue.js';
import { type Exchange, postToReceiver } from '../pact/exchange.js';
import { type SignDeliveryOptions, signDelivery } from '../pact/sign-delivery.js';
import { newKustomMessageId } from '../signatures/kustom-signature.js';
import type { CheckId, ConformanceRow } from './conformance-row.js';
import { freshEvent } from './fresh-event.js';

export interface CheckContext {
  provider: Provider;
  endpoint: URL;
  secrets: SignDeliveryOptions['secrets'];
  timeoutMs: number;
}

const FORGED_SECRETS = { kustom: 'whsec_Zm9yZ2VkLWJ5LWFuLWF0dGFja2VyLTAwMDAwMDA=', kushki: 'forged-by-an-attacker' };

const BASE_VARIANT: Record<Provider, VariantId> = { kustom: 'kustom.ipp.session.activated', kushki: 'kushki.card.approved' };
const is2xx = (x: Exchange) => x.response !== null && x.response.status >= 200 && x.response.status < 300;
const statusOf = (x: Exchange | undefined) => x?.response?.status ?? null;
const observed = (x: Exchange) => (x.response ? `answered ${x.response.status}` : `did not answer (${x.error ?? 'no response'})`);

async function deliver(
  ctx: CheckContext,
  variant: VariantId | null,
  body: string,
  sign: Partial<SignDeliveryOptions> & { omit?: boolean } = {},
  contentType = 'application/json',
): Promise<Exchange> {
  const signed = sign.omit
    ? {}
    : await signDelivery({
        provider: ctx.provider,
        body,
        secrets: sign.secrets ?? ctx.secrets,
        ...(sign.at ? { at: sign.at } : {}),
        ...(sign.messageId ? { messageId: sign.messageId } : {}),
      });
  return postToReceiver(ctx.endpoint, ctx.provider, variant, { 'content-type': contentType, ...signed }, body, ctx.timeoutMs);
}

type CheckResult = Pick<ConformanceRow, 'passed' | 'reason' | 'exchanges' | 'status'>;

interface CheckDefinition {
  check: CheckId;
  providers: Provider[];
  severity: ConformanceRow['severity'];
  expectation: string;
  run: (ctx: CheckContext, variant: VariantId) => Promise<CheckResult>;
}

function mustRefuse(x: Exchange, expected = 'a 4xx (401)'): CheckResult {
  const passed = x.response !== null && !is2xx(x) && x.response.status < 500;
  return {
    passed,
    status: statusOf(x),
    exchanges: [x],
    reason: passed ? `refused with ${x.response?.status}` : `${observed(x)}; expected ${expected}`,
  };
}

function mustNotCrash(x: Exchange): CheckResult {
  const passed = x.response !== null && x.response.status < 500;
  return {
    passed,
    status: statusOf(x),
    exchanges: [x],
    reason: passed ? `answered ${x.response?.status}` : `${observed(x)}; expected no 5xx`,
  };
}

function mustAcknowledge(x: Exchange): CheckResult {
  return {
    passed: is2xx(x),
    status: statusOf(x),
    exchanges: [x],
    reason: is2xx(x) ? `acknowledged with ${x.response?.status}` : `${observed(x)}; expected 2xx`,
  };
}

const MINUTES_10 = 10 * 60 * 1000;
const ONE_MIB = 1024 * 1024;

export const RECEIVER_CHECKS: CheckDefinition[] = [
  {
    check: 'forged-signature',
    providers: ['kustom', 'kushki'],
    severity: 'required',
    expectation: 'a delivery signed with another secret is refused (4xx, not 2xx)',
    run: async (ctx, v) => mustRefuse(await deliver(ctx, v, JSON.stringify(freshEvent(v)), { secrets: FORGED_SECRETS })),
  },
  {
    check: 'missing-signature',
    providers: ['kustom', 'kushki'],
    severity: 'required',
    expectation: 'a delivery without signature headers is refused (4xx, not 2xx)',
    run: async (ctx, v) => mustRefuse(await deliver(ctx, v, JSON.stringify(freshEvent(v)), { omit: true })),
  },
  {
    check: 'stale-timestamp',
    providers: ['kustom'],
    severity: 'required',
    expectation: 'a correctly signed delivery timestamped 10 minutes ago is refused (replay window is 5 minutes)',
    run: async (ctx, v) => mustRefuse(await deliver(ctx, v, JSON.stringify(freshEvent(v)), { at: new Date(Date.now() - MINUTES_10) })),
  },
  {
    check: 'future-timestamp',
    providers: ['kustom'],
    severity: 'required',
    expectation: 'a correctly signed delivery timestamped 10 minutes ahead is refused',
    run: async (ctx, v) => mustRefuse(await deliver(ctx, v, JSON.stringify(freshEvent(v)), { at: new Date(Date.now() + MINUTES_10) })),
  },
  {
    check: 'duplicate-delivery',
    providers: ['kustom', 'kushki'],
    severity: 'required',
    expectation: 'the same event delivered twice is acknowledged (2xx) both times',
    run: async (ctx, v) => {
      const body = JSON.stringify(freshEvent(v));
      const messageId = newKustomMessageId();
      const first = await deliver(ctx, v, body, { messageId });
      const second = await deliver(ctx, v, body, { messageId });
      const passed = is2xx(first) && is2xx(second);
      return {
        passed,
        status: statusOf(second),
        exchanges: [first, second],
        reason: passed ? 'acknowledged both deliveries' : `first ${observed(first)}, second ${observed(second)}; expected 2xx both times`,
      };
    },
  },
  {
    check: 'non-compact-body',
    providers: ['kustom', 'kushki'],
    severity: 'required',
    expectation:
      'a genuine delivery of pretty-printed JSON with another key order, signed over those bytes, is acknowledged (verify the raw body, not a re-serialised one)',
    run: async (ctx, v) => {
      const event = freshEvent(v);
      const reordered = Object.fromEntries(Object.entries(event).reverse());
      return mustAcknowledge(await deliver(ctx, v, `${JSON.stringify(reordered, null, 2)}\n`));
    },
  },
  {
    check: 'other-kustom-event',
    providers: ['kustom'],
    severity: 'required',
    expectation: 'another Kustom event on the same endpoint (capture.created) is acknowledged (2xx)',
    run: async (ctx, v) => {
      const event = { ...freshEvent(v), type: 'capture.created', data: { order_id: randomUUID(), capture_id: randomUUID() } };
      return mustAcknowledge(await deliver(ctx, null, JSON.stringify(event)));
    },
  },
  {
    check: 'misspelled-event',
    providers: ['kustom'],
    severity: 'required',
    expectation: 'the ipp.payment.finalized spelling is answered without a crash (any status below 500)',
    run: async (ctx) => {
      const event = freshEvent('kustom.ipp.session.finalized');
      event.type = 'ipp.payment.finalized';
      return mustNotCrash(await deliver(ctx, null, JSON.stringify(event)));
    },
  },
  {
    check: 'schema-breaking-payload',
    providers: ['kustom', 'kushki'],
    severity: 'advisory',
    expectation:
      'a correctly signed delivery whose payload breaks the schema (an amount as a string, a missing session_id) is refused with a 4xx, not acknowledged silently',
    run: async (ctx, v) => {
      const event = freshEvent(v);
      if (ctx.provider === 'kushki') event.amount = { ...(event.amount as object), subtotalIva: '50' };
      else delete (event.data as Record<string, unknown>).session_id;
      return mustRefuse(await deliver(ctx, v, JSON.stringify(event)), 'a 4xx (400)');
    },
  },
  {
    check: 'oversize-body',
    providers: ['kustom', 'kushki'],
    severity: 'advisory',
    expectation: 'a correctly signed body over 1 MiB is refused (413 or another 4xx): cap what you buffer, providers send a few KiB',
    run: async (ctx, v) => {
      const event = freshEvent(v);
      const padding = 'x'.repeat(ONE_MIB + 1024);
      if (ctx.provider === 'kushki') event.metadata = { padding };
      else event.data = { ...(event.data as object), padding };
      return mustRefuse(await deliver(ctx, v, JSON.stringify(event)), '413 Payload Too Large');
    },
  },
  {
    check: 'wrong-content-type',
    providers: ['kustom', 'kushki'],
    severity: 'advisory',
    expectation: 'a correctly signed delivery sent as text/plain is answered without a crash (no 5xx)',
    run: async (ctx, v) => {
      return mustNotCrash(await deliver(ctx, v, JSON.stringify(freshEvent(v)), {}, 'text/plain'));
    },
  },
];

/**
 * The checks that apply to a provider, in the order they run (and report).
 *
 * @example
 * checksFor('kushki').map((c) => c.check); // ['forged-signature', 'missing-signature', 'duplicate-delivery', ...]
 */
export function checksFor(provider: Provider): Pick<CheckDefinition, 'check' | 'severity' | 'expectation'>[] {
  return RECEIVER_CHECKS.filter((d) => d.providers.includes(provider)).map(({ check, severity, expectation }) => ({
    check,
    severity,
    expectation,
  }));
}

/** Runs every check that applies to the provider, one after the other. */
export async function runReceiverChecks(ctx: CheckContext, options: { advisory?: boolean } = {}): Promise<ConformanceRow[]> {
  const rows: ConformanceRow[] = [];
  const variant = BASE_VARIANT[ctx.provider];
  for (const definition of RECEIVER_CHECKS) {
    if (!definition.providers.includes(ctx.provider)) continue;
    if (definition.severity === 'advisory' && options.advisory === false) continue;
    const result = await definition.run(ctx, variant);
    rows.push({
      provider: ctx.provider,
      check: definition.check,
      variant,
      expectation: definition.expectation,
      severity: definition.severity,
      ...result,
    });
  }
  return rows;
}
