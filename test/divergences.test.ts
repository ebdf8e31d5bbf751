/**
 * Each place where the provider documents contradict themselves, modelled as the providers send,
 * recorded in the schema, and checked here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ParseResult, parseWebhook } from '../src/index.js';
import { exampleOf } from './support/examples.js';
import { REPO_ROOT } from './support/run-cli.js';

const schemaText = (path: string) => readFileSync(join(REPO_ROOT, 'schemas', path), 'utf8');
const errorsOf = (r: ParseResult) => (r.ok ? [] : r.errors);

describe('divergences', () => {
  const warningsOf = (r: ParseResult) => (r.ok ? r.warnings : []);
  const eventOf = (r: ParseResult) => (r.ok ? (r.event as unknown as Record<string, unknown>) : undefined);

  it('kushki syncMetadata > strings accepted; a boolean accepted with a warning, presented as the string, refused under strict', () => {
    expect(warningsOf(parseWebhook(exampleOf('kushki.card.declined')))).toEqual([]); // "true"
    expect(warningsOf(parseWebhook(exampleOf('kushki.card.approved')))).toEqual([]); // "false"
    const payload = { ...exampleOf('kushki.card.declined'), syncMetadata: true };
    const result = parseWebhook(payload);
    expect(warningsOf(result)).toEqual([expect.objectContaining({ path: '/syncMetadata', message: 'must be string' })]);
    expect(warningsOf(result)[0]?.hint).toMatch(/declares syncMetadata a boolean/);
    expect(eventOf(result)?.syncMetadata).toBe('true');
    expect(result.ok && result.raw).toBe(payload);
    expect(payload.syncMetadata).toBe(true); // the caller's object is not touched
    const [error] = errorsOf(parseWebhook(payload, { strict: true }));
    expect(error).toMatchObject({ path: '/syncMetadata', message: 'must be string' });
    expect(error?.hint).toMatch(/declares syncMetadata a boolean/);
    expect(schemaText('kushki/definitions.schema.json')).toMatch(/declare `syncMetadata` a boolean/);
  });

  it('kushki product > an array accepted; one object accepted with a warning, presented as an array, refused under strict', () => {
    const product = { unitPrice: 100, quantity: 2, name: 'runners', description: 'Tenis' };
    const result = parseWebhook({ ...exampleOf('kushki.transfer.approved'), product });
    expect(warningsOf(result)).toEqual([expect.objectContaining({ path: '/product', message: 'must be array' })]);
    expect(warningsOf(result)[0]?.hint).toMatch(/array of products/);
    expect(eventOf(result)?.product).toEqual([product]);
    const [error] = errorsOf(parseWebhook({ ...exampleOf('kushki.transfer.approved'), product }, { strict: true }));
    expect(error).toMatchObject({ path: '/product', message: 'must be array' });
    const two = parseWebhook({ ...exampleOf('kushki.transfer.approved'), product: [product, product] });
    expect(two.ok && two.warnings).toEqual([]);
  });

  it('kushki created > milliseconds accepted; seconds accepted with a warning, presented in milliseconds, refused under strict', () => {
    const payload = exampleOf('kushki.cash.approved');
    expect(payload.created).toBe(1678903302137);
    const result = parseWebhook(JSON.stringify({ ...payload, created: 1678903302 }));
    expect(warningsOf(result)).toContainEqual(expect.objectContaining({ path: '/created', keyword: 'minimum' }));
    expect(warningsOf(result)[0]?.hint).toMatch(/milliseconds/);
    expect(eventOf(result)?.created).toBe(1678903302000);
    const [error] = errorsOf(parseWebhook({ ...payload, created: 1678903302 }, { strict: true }));
    expect(error).toMatchObject({ path: '/created', keyword: 'minimum' });
    expect(error?.hint).toMatch(/milliseconds/);
  });

  it("normalising > a payload in the examples' reading is not copied: event is the caller's object", () => {
    const payload = exampleOf('kushki.card.approved');
    const result = parseWebhook(payload);
    expect(result.ok && result.event).toBe(payload);
    expect(result.ok && result.raw).toBe(payload);
  });

  it('kushki declined card > no ticketNumber, requires code and message', () => {
    const declined = exampleOf('kushki.card.declined');
    expect(declined).not.toHaveProperty('ticketNumber');
    expect(parseWebhook(declined).ok).toBe(true);
    const { code: _code, ...withoutCode } = declined;
    expect(errorsOf(parseWebhook(withoutCode))).toContainEqual(expect.objectContaining({ path: '/code', message: 'is required' }));
    const { ticketNumber: _ticket, ...approvedWithoutTicket } = exampleOf('kushki.card.approved');
    expect(errorsOf(parseWebhook(approvedWithoutTicket))).toContainEqual(expect.objectContaining({ path: '/ticketNumber' }));
  });

  it('kushki declined transfer > no ticketNumber and no trazabilityCode', () => {
    const declined = exampleOf('kushki.transfer.declined');
    expect(declined).not.toHaveProperty('ticketNumber');
    expect(declined).not.toHaveProperty('trazabilityCode');
    expect(parseWebhook(declined).ok).toBe(true);
    const { trazabilityCode: _t, ...approvedWithout } = exampleOf('kushki.transfer.approved');
    expect(errorsOf(parseWebhook(approvedWithout))).toContainEqual(expect.objectContaining({ path: '/trazabilityCode' }));
  });

  it('kushki transactionType > card only: required on card, undocumented on transfer and cash', () => {
    const { transactionType: _t, ...card } = exampleOf('kushki.card.approved');
    expect(errorsOf(parseWebhook(card))).toContainEqual(expect.objectContaining({ path: '/transactionType', message: 'is required' }));
    const transfer = { ...exampleOf('kushki.transfer.approved'), transactionType: 'SALE' };
    expect(parseWebhook(transfer).ok).toBe(true);
    expect(errorsOf(parseWebhook(transfer, { strict: true }))).toEqual([
      expect.objectContaining({ path: '/transactionType', keyword: 'unevaluatedProperties' }),
    ]);
  });

  it('kushki cash > the second status is expiredTransaction; declinedTransaction fails with a hint', () => {
    const expired = exampleOf('kushki.cash.expired');
    expect(expired.status).toBe('expiredTransaction');
    expect(parseWebhook(expired)).toMatchObject({ ok: true, variant: 'kushki.cash.expired' });
    const [error] = errorsOf(parseWebhook({ ...expired, status: 'declinedTransaction' }));
    expect(error).toMatchObject({ path: '/status' });
    expect(error?.hint).toMatch(/expire/);
  });

  it('kushki contactDetails > differ per method; the document is optional for transfer and cash', () => {
    expect(Object.keys(exampleOf('kushki.card.approved').contactDetails as object)).toEqual(['email']);
    expect(exampleOf('kushki.transfer.approved').contactDetails).not.toHaveProperty('documentNumber');
    expect(parseWebhook(exampleOf('kushki.transfer.approved')).ok).toBe(true);
    const cash = exampleOf('kushki.cash.approved');
    cash.contactDetails = { email: 'john.doe@kushkipagos.com' };
    expect(errorsOf(parseWebhook(cash)).map((e) => e.path)).toEqual(['/contactDetails/firstName', '/contactDetails/lastName']);
  });

  it('kustom ipp.payment.finalized > read as ipp.session.finalized with a warning; an error under strict', () => {
    const payload: Record<string, unknown> = { ...exampleOf('kustom.ipp.session.finalized'), type: 'ipp.payment.finalized' };
    const result = parseWebhook(payload);
    expect(result).toMatchObject({ ok: true, kind: 'variant', variant: 'kustom.ipp.session.finalized' });
    expect(eventOf(result)?.type).toBe('ipp.session.finalized');
    expect(payload.type).toBe('ipp.payment.finalized');
    expect(warningsOf(result)).toEqual([
      expect.objectContaining({ path: '/type', hint: expect.stringMatching(/Order Management after completion/) }),
    ]);
    const strict = parseWebhook(payload, { strict: true });
    expect(strict).toMatchObject({ ok: false, provider: 'kustom' });
    const [error] = errorsOf(strict);
    expect(error?.path).toBe('/type');
    expect(error?.message).toContain('"ipp.session.finalized"');
    // The document states that order_id is a UUID: that stays an error in both profiles.
    const broken = { ...payload, data: { ...(payload.data as object), order_id: 'ORD-1' } };
    for (const options of [{}, { strict: true }]) expect(parseWebhook(broken, options).ok).toBe(false);
  });

  it('kustom new ipp events > an undocumented ipp.* type is another event with a warning; an error under strict', () => {
    const payload = { ...exampleOf('kustom.ipp.session.activated'), type: 'ipp.session.paused' };
    const result = parseWebhook(payload);
    expect(result).toMatchObject({ ok: true, kind: 'other-event', type: 'ipp.session.paused' });
    expect(warningsOf(result)).toEqual([expect.objectContaining({ path: '/type', keyword: 'variant' })]);
    expect(errorsOf(parseWebhook(payload, { strict: true }))).toContainEqual(expect.objectContaining({ path: '/type' }));
  });

  it.each(['order.created', 'capture.created', 'refund.created', 'dispute.created', 'dispute.updated', 'ipp.payment.failed'])(
    'kustom other events > %s is another Kustom event, not IPP, and not an error',
    (type) => {
      const payload = { ...exampleOf('kustom.ipp.session.activated'), type, data: { order_id: 'ccf4e76a-f56d-4d3a-abf9-f4fe941f0a1f' } };
      expect(parseWebhook(payload)).toMatchObject({ ok: true, kind: 'other-event', provider: 'kustom', variant: null, type, warnings: [] });
    },
  );

  it('kustom other events > an undocumented type is accepted with a warning; a broken envelope is rejected', () => {
    const payload: Record<string, unknown> = { ...exampleOf('kustom.ipp.session.activated'), type: 'payout.created' };
    const result = parseWebhook(payload);
    expect(result).toMatchObject({ ok: true, kind: 'other-event' });
    expect(result.ok && result.warnings[0]?.path).toBe('/type');
    const { timestamp: _t, ...broken } = payload;
    expect(errorsOf(parseWebhook(broken))).toContainEqual(expect.objectContaining({ path: '/timestamp', message: 'is required' }));
  });

  it('kustom order_id > a UUID on finalized in both profiles; null before, a string only warned about', () => {
    expect(exampleOf('kustom.ipp.session.finalized').data).toMatchObject({ order_id: 'ccf4e76a-f56d-4d3a-abf9-f4fe941f0a1f' });
    const activated = exampleOf('kustom.ipp.session.activated');
    (activated.data as Record<string, unknown>).order_id = 'ccf4e76a-f56d-4d3a-abf9-f4fe941f0a1f';
    expect(warningsOf(parseWebhook(activated))).toContainEqual(
      expect.objectContaining({ path: '/data/order_id', message: 'must be null' }),
    );
    expect(errorsOf(parseWebhook(activated, { strict: true }))).toContainEqual(
      expect.objectContaining({ path: '/data/order_id', message: 'must be null' }),
    );
    const finalized = exampleOf('kustom.ipp.session.finalized');
    (finalized.data as Record<string, unknown>).order_id = 'not-a-uuid';
    expect(errorsOf(parseWebhook(finalized))).toContainEqual(expect.objectContaining({ path: '/data/order_id' }));
  });

  it('kustom timestamp > nanoseconds kept verbatim as a string', () => {
    const result = parseWebhook(JSON.stringify(exampleOf('kustom.ipp.session.activated')));
    expect(result.ok && result.kind === 'variant' && result.provider === 'kustom' && result.event.timestamp).toBe(
      '2026-06-05T18:37:41.232733416Z',
    );
  });

  it('unknown fields > accepted by default, errors under strict', () => {
    const payload: Record<string, unknown> = { ...exampleOf('kustom.ipp.session.created'), livemode: false };
    (payload.data as Record<string, unknown>) = { ...(payload.data as object), location_id: 'store-1' };
    expect(parseWebhook(payload).ok).toBe(true);
    expect(errorsOf(parseWebhook(payload, { strict: true })).map((e) => e.path)).toEqual(['/data/location_id', '/livemode']);
    // Merchant metadata is the merchant's own: never "unknown".
    const kushki = { ...exampleOf('kushki.card.approved'), metadata: { orderRef: 'A-1' } };
    expect(parseWebhook(kushki, { strict: true }).ok).toBe(true);
  });

  it('schemas > every divergence is recorded where users read it', () => {
    const defs = schemaText('kushki/definitions.schema.json');
    expect(defs).toMatch(/Divergence: the field tables declare `product` an object/);
    expect(defs).toMatch(/every example carries milliseconds/);
    expect(schemaText('kushki/card-declined.schema.json')).toMatch(/Divergence: .*ticketNumber/);
    expect(schemaText('kushki/transfer-declined.schema.json')).toMatch(/Divergence: .*trazabilityCode/);
    expect(schemaText('kushki/cash-expired.schema.json')).toMatch(/Divergence: .*Declined Transaction/);
    expect(schemaText('kustom/ipp-session-finalized.schema.json')).toMatch(/Divergence: .*ipp\.payment\.finalized/);
  });
});

describe('strict other events', () => {
  it('unknown fields > strict applies to the envelope of other Kustom events too', () => {
    const payload: Record<string, unknown> = { ...exampleOf('kustom.ipp.session.activated'), type: 'capture.created', livemode: true };
    expect(parseWebhook(payload).ok).toBe(true);
    expect(errorsOf(parseWebhook(payload, { strict: true }))).toEqual([
      expect.objectContaining({ path: '/livemode', keyword: 'unevaluatedProperties' }),
    ]);
    // The data of other events is theirs: never "unknown".
    payload.livemode = undefined;
    delete payload.livemode;
    payload.data = { capture_id: 'c-1', anything: { nested: true } };
    expect(parseWebhook(payload, { strict: true }).ok).toBe(true);
  });
});
