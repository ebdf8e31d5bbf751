/**
 * `freshEvent`, the events the conformance checks send beyond the happy path: each is its variant's
 * example with every identifier a receiver may key on drawn anew, in the example's own format (the
 * strict profile checks the formats the examples show), and a current timestamp.
 */
import { describe, expect, it } from 'vitest';
import { freshEvent } from '../src/conformance/fresh-event.js';
import { parseWebhook, type VariantId, variants } from '../src/index.js';
import { exampleOf } from './support/examples.js';

const KUSHKI_IDS = ['id', 'transactionReference', 'token', 'smartLink', 'ticketNumber'];
const KUSTOM_DATA_IDS = ['session_id', 'order_id'];

describe('fresh event', () => {
  it.each(variants.map((v) => [v.id] as const))('fresh event > %s is valid under strict, every identifier new', (variant: VariantId) => {
    const before = Date.now();
    const [a, b] = [freshEvent(variant), freshEvent(variant)];
    const example = exampleOf(variant);
    for (const event of [a, b]) expect(parseWebhook(event, { strict: true })).toMatchObject({ ok: true, variant });
    expect(exampleOf(variant), 'the catalogue example is left as it was').toEqual(example);
    if (variant.startsWith('kushki.')) {
      for (const key of KUSHKI_IDS.filter((k) => k in example)) {
        expect(a[key], key).not.toEqual(example[key]);
        expect(a[key], key).not.toEqual(b[key]);
        expect(String(a[key]).length, `${key} keeps the example's length`).toBe(String(example[key]).length);
      }
      expect(a.ticketNumber === undefined || /^[0-9]+$/.test(String(a.ticketNumber))).toBe(true);
      expect(a.smartLink).toMatch(/^[0-9A-Za-z_]{9}$/);
      expect(a.created).toBeGreaterThanOrEqual(before);
      expect(a.created).toBeLessThanOrEqual(Date.now());
      const rest = (e: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(e).filter(([k]) => !KUSHKI_IDS.includes(k) && k !== 'created'));
      expect(rest(a)).toEqual(rest(example));
      return;
    }
    expect(a.id).toMatch(/^kevt_[0-9A-Za-z]{22}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z$/);
    expect(Date.parse(String(a.timestamp))).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(String(a.timestamp))).toBeLessThanOrEqual(Date.now());
    const [dataA, dataB, dataExample] = [a.data, b.data, example.data] as Record<string, unknown>[];
    for (const key of KUSTOM_DATA_IDS) {
      if (dataExample?.[key] === null) {
        expect(dataA?.[key], `${key} stays null`).toBeNull();
        continue;
      }
      expect(dataA?.[key], key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(dataA?.[key], key).not.toBe(dataB?.[key]);
      expect(dataA?.[key], key).not.toBe(dataExample?.[key]);
    }
    expect({ ...a, id: 0, timestamp: 0, data: { ...dataA, session_id: 0, order_id: 0 } }).toEqual({
      ...example,
      id: 0,
      timestamp: 0,
      data: { ...dataExample, session_id: 0, order_id: 0 },
    });
  });

  it('fresh event > the random digits and characters cover their whole alphabet', () => {
    const seen = { digits: new Set<string>(), smartLink: new Set<string>(), kevt: new Set<string>() };
    for (let i = 0; i < 200; i++) {
      const kushki = freshEvent('kushki.card.approved');
      for (const c of String(kushki.ticketNumber)) seen.digits.add(c);
      for (const c of String(kushki.smartLink)) seen.smartLink.add(c);
      for (const c of String(freshEvent('kustom.ipp.session.created').id).slice(5)) seen.kevt.add(c);
    }
    expect(seen.digits.size).toBe(10);
    expect(seen.smartLink.size).toBe(63);
    expect(seen.kevt.size).toBe(62);
  });
});
