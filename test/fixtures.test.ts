import { describe, expect, it } from 'vitest';
import {
  applyOverrides,
  createFixtures,
  exampleSources,
  examples,
  fixtures,
  type KustomLifecycle,
  kustomLifecycles,
} from '../mocks/fixtures/index.js';
import { variantExamples } from '../src/generated/catalogue.js';
import { type HookproofWebhook, type VariantId, variants } from '../src/index.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const KEVT = /^kevt_[0-9A-Za-z]{22}$/;
const NANO_RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z$/;
const get = (event: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], event);

describe('fixtures > realistic values', () => {
  const kustomRows: [string, RegExp][] = [
    ['id', KEVT],
    ['merchant_id', /^DM\d{8}$/],
    ['timestamp', NANO_RFC3339],
    ['data.session_id', UUID_V4],
  ];
  const kushkiRows: [string, RegExp][] = [
    ['id', UUID_V4],
    ['transactionReference', UUID_V4],
    ['token', /^[0-9a-f]{32}$/],
    ['publicMerchantId', /^[0-9a-f]{32}$/],
    ['merchantId', /^\d{20}$/],
    ['smartLink', /^[0-9A-Za-z_]{9}$/],
    ['amount.currency', /^(USD|MXN|COP|CLP|PEN)$/],
  ];
  const withTicket: VariantId[] = ['kushki.card.approved', 'kushki.transfer.approved', 'kushki.cash.approved', 'kushki.cash.expired'];

  for (const { id, provider } of variants) {
    it(`ids > ${id} carries ids shaped like the provider's, for 50 seeds`, () => {
      for (let seed = 0; seed < 50; seed++) {
        const event = fixtures.build(id, undefined, { seed });
        for (const [path, pattern] of provider === 'kustom' ? kustomRows : kushkiRows) {
          expect(String(get(event, path)), `${path} (seed ${seed})`).toMatch(pattern);
        }
        if (withTicket.includes(id)) expect(get(event, 'ticketNumber')).toMatch(/^[1-9]\d{15}$/);
        if (provider === 'kushki') {
          const created = get(event, 'created') as number;
          expect(Number.isInteger(created) && created >= 1e12 && created < 1e13).toBe(true);
        }
      }
    });
  }

  it('ids > order_id is a UUID v4 on finalized and null on every other session event', () => {
    expect(fixtures.kustom.sessionFinalized().data.order_id).toMatch(UUID_V4);
    for (const make of [fixtures.kustom.sessionCreated, fixtures.kustom.sessionActivated, fixtures.kustom.sessionCancelled]) {
      expect(make().data.order_id).toBeNull();
    }
  });

  it('amounts > Kushki IVA is the country rate of the taxed subtotal and the subtotals cover the products', () => {
    const rates: Record<string, number> = { USD: 0.15, MXN: 0.16, COP: 0.19, CLP: 0.19, PEN: 0.18 };
    for (let seed = 0; seed < 200; seed++) {
      const { amount, product } = createFixtures({ seed }).kushki.cardApproved();
      const decimals = amount.currency === 'CLP' ? 0 : 2;
      const tolerance = 10 ** -decimals;
      expect(Math.abs(amount.iva - amount.subtotalIva * rates[amount.currency]!)).toBeLessThanOrEqual(tolerance);
      const total = product.reduce((sum, p) => sum + p.unitPrice * p.quantity, 0);
      expect(Math.abs(amount.subtotalIva + amount.subtotalIva0 - total)).toBeLessThanOrEqual(tolerance);
    }
  });

  it('shape > declined card and declined transfer carry no ticketNumber, declined transfer no trazabilityCode', () => {
    expect(fixtures.kushki.cardDeclined()).not.toHaveProperty('ticketNumber');
    expect(fixtures.kushki.cardDeclined()).toMatchObject({ code: '017', message: 'Transacción declinada.' });
    const declined = fixtures.kushki.transferDeclined();
    expect(declined).not.toHaveProperty('ticketNumber');
    expect(declined).not.toHaveProperty('trazabilityCode');
  });

  it('shape > cash pdfUrl names the ticket number and the transfer redirectUrl the token and merchant', () => {
    const cash = fixtures.kushki.cashApproved();
    expect(cash.pdfUrl).toBe(`https://api-uat.kushkipagos.com/cash/v1/charges/${cash.ticketNumber}/receipt`);
    const transfer = fixtures.kushki.transferApproved();
    expect(new URL(transfer.redirectUrl).searchParams.get('token')).toBe(transfer.token);
    expect(new URL(transfer.redirectUrl).searchParams.get('mid')).toBe(transfer.merchantId);
  });
});

describe('fixtures > determinism', () => {
  it('seed > the same seed gives the same stream of events', () => {
    const a = createFixtures({ seed: 99 });
    const b = createFixtures({ seed: 99 });
    expect([a.kushki.cashExpired(), a.kustom.sessionCreated(), a.all()]).toEqual([
      b.kushki.cashExpired(),
      b.kustom.sessionCreated(),
      b.all(),
    ]);
  });

  it('seed > different seeds give different ids', () => {
    const ids = new Set(Array.from({ length: 100 }, (_, seed) => createFixtures({ seed }).kushki.cardApproved().id));
    expect(ids.size).toBe(100);
  });

  it('stream > successive calls give distinct events', () => {
    const fx = createFixtures({ seed: 7 });
    const ids = Array.from({ length: 200 }, () => fx.kustom.sessionActivated().id);
    expect(new Set(ids).size).toBe(200);
  });

  it('seed per call > the event depends on its seed, not on what the stream built before', () => {
    const fresh = createFixtures({ seed: 1 }).kushki.transferApproved(undefined, { seed: 5 });
    const used = createFixtures({ seed: 2 });
    used.all();
    expect(used.kushki.transferApproved(undefined, { seed: 5 })).toEqual(fresh);
    expect(used.build('kushki.transfer.approved', undefined, { seed: 5 })).toEqual(fresh);
  });

  it('at > sets Kushki created (ms) and Kustom timestamp (ns)', () => {
    const at = new Date('2026-07-01T12:34:56.789Z');
    expect(fixtures.kushki.cashApproved(undefined, { at }).created).toBe(at.getTime());
    expect(fixtures.kustom.sessionCreated(undefined, { at: at.getTime() }).timestamp).toMatch(/^2026-07-01T12:34:56\.789\d{6}Z$/);
  });

  it('epoch > events happen within 30 days after the epoch', () => {
    const epoch = Date.UTC(2024, 0, 1);
    const fx = createFixtures({ seed: 3, epoch });
    for (let i = 0; i < 100; i++) {
      const created = fx.kushki.cardApproved().created;
      expect(created - epoch).toBeGreaterThanOrEqual(0);
      expect(created - epoch).toBeLessThanOrEqual(30 * 86_400_000);
    }
  });

  it.each([
    ['a NaN seed', () => createFixtures({ seed: Number.NaN })],
    ['an invalid instant', () => fixtures.kushki.cardApproved(undefined, { at: 'not a date' })],
    ['an unknown variant', () => fixtures.build('kushki.card.refunded' as VariantId)],
    ['an unknown lifecycle', () => fixtures.kustom.lifecycle('expired' as KustomLifecycle)],
  ])('errors > %s throws a RangeError', (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe('fixtures > overrides', () => {
  it('merge > objects merge field by field; other fields keep their generated values', () => {
    const base = fixtures.kushki.cardApproved(undefined, { seed: 11 });
    const over = fixtures.kushki.cardApproved({ amount: { currency: 'XTS' }, contactDetails: { email: 'a@example.com' } }, { seed: 11 });
    expect(over).toEqual({ ...base, amount: { ...base.amount, currency: 'XTS' }, contactDetails: { email: 'a@example.com' } });
  });

  it('merge > arrays are replaced, not merged', () => {
    const product = [{ unitPrice: 1, quantity: 1, name: 'pen' }];
    expect(fixtures.kushki.cashExpired({ product }).product).toEqual(product);
  });

  it('merge > undefined removes a field, so an invalid event can be built on purpose', () => {
    const event = fixtures.kushki.cardApproved({ ticketNumber: undefined });
    expect(event).not.toHaveProperty('ticketNumber');
  });

  it('merge > nested Kustom data overrides keep the rest of data', () => {
    const event = fixtures.kustom.sessionFinalized({ data: { order_id: '00000000-0000-4000-8000-000000000000' } });
    expect(event.data).toMatchObject({ order_id: '00000000-0000-4000-8000-000000000000', failure_reason: null });
    expect(event.data.session_id).toMatch(UUID_V4);
  });

  it('merge > inputs are never modified and a __proto__ key stays a plain field', () => {
    const base = { a: { b: 1 }, list: [1, 2] };
    const overrides = JSON.parse('{"a":{"c":2},"__proto__":{"polluted":true}}') as object;
    const merged = applyOverrides(base, overrides) as Record<string, unknown>;
    expect(base).toEqual({ a: { b: 1 }, list: [1, 2] });
    expect(merged.a).toEqual({ b: 1, c: 2 });
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('fixtures > Kustom lifecycles', () => {
  const lifecycles = Object.keys(kustomLifecycles) as KustomLifecycle[];

  it.each(lifecycles)('lifecycle > %s shares one session and merchant, with increasing timestamps', (lifecycle) => {
    const events = fixtures.kustom.lifecycle(lifecycle, { seed: 21 });
    expect(events.map((e) => e.type)).toEqual(kustomLifecycles[lifecycle].map((v) => v.replace('kustom.', '')));
    expect(new Set(events.map((e) => e.data.session_id)).size).toBe(1);
    expect(new Set(events.map((e) => e.merchant_id)).size).toBe(1);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const stamps = events.map((e) => e.timestamp);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('lifecycle > order_id appears on finalized only, and given ids are used', () => {
    const sessionId = '5f0c4d8e-3b1a-4c2d-9e8f-7a6b5c4d3e2f';
    const orderId = '0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
    const [created, activated, finalized] = fixtures.kustom.lifecycle('finalized', { sessionId, orderId, merchantId: 'DM00000001' });
    expect([created.data.order_id, activated.data.order_id, finalized.data.order_id]).toEqual([null, null, orderId]);
    expect(finalized.data.session_id).toBe(sessionId);
    expect(created.merchant_id).toBe('DM00000001');
    for (const lifecycle of ['cancelled', 'cancelled-before-activation'] as const) {
      expect(fixtures.kustom.lifecycle(lifecycle).every((e: HookproofWebhook) => 'data' in e && e.data.order_id === null)).toBe(true);
    }
  });

  it('lifecycle > starts at `at` when given', () => {
    const [created] = fixtures.kustom.lifecycle('cancelled', { at: '2026-01-02T03:04:05.006Z' });
    expect(created.timestamp.startsWith('2026-01-02T03:04:05.006')).toBe(true);
  });
});

describe('fixtures > examples', () => {
  it.each(variantExamples.map((e) => [e.variant, e] as const))('examples > %s is the schema example verbatim', (variant, example) => {
    expect(examples[variant]).toEqual(example.payload);
    expect(exampleSources[variant]).toBe(example.source);
  });

  it('examples > every read is a fresh copy, safe to modify', () => {
    const first = examples['kushki.card.declined'];
    first.code = '999';
    expect(examples['kushki.card.declined'].code).toBe('017');
    expect(Object.keys(examples).sort()).toEqual(variants.map((v) => v.id).sort());
  });
});
