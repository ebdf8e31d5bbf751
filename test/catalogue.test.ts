import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getVariant, isVariantId, variants, variantsOf } from '../src/index.js';
import { REPO_ROOT } from './support/run-cli.js';

const STABLE_IDS = [
  'kustom.ipp.session.created',
  'kustom.ipp.session.activated',
  'kustom.ipp.session.finalized',
  'kustom.ipp.session.cancelled',
  'kushki.card.approved',
  'kushki.card.declined',
  'kushki.transfer.approved',
  'kushki.transfer.declined',
  'kushki.cash.approved',
  'kushki.cash.expired',
];

describe('catalogue', () => {
  it('catalogue > lists exactly the ten stable ids, in order', () => {
    expect(variants.map((v) => v.id)).toEqual(STABLE_IDS);
  });

  it.each(variants.map((v) => [v.id, v] as const))('catalogue > %s points at its schema file', (_id, v) => {
    const file = join(REPO_ROOT, v.schemaPath);
    expect(existsSync(file)).toBe(true);
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id?: string; title: string };
    // The file carries no $id (bundlers and path-based tools need it so); hookproof registers it under schemaId.
    expect(schema.$id).toBeUndefined();
    expect(v.schemaId).toBe(`https://hookproof.dev/${v.schemaPath}`);
    expect(schema.title).toBe(v.typeName);
    expect(v.trigger.length).toBeGreaterThan(10);
    expect(v.description.length).toBeGreaterThan(10);
  });

  it('catalogue > terminal states follow the documents', () => {
    const terminal = Object.fromEntries(variants.map((v) => [v.id, v.terminal]));
    expect(terminal['kustom.ipp.session.created']).toBe(false);
    expect(terminal['kustom.ipp.session.activated']).toBe(false);
    expect(terminal['kustom.ipp.session.finalized']).toBe(true);
    expect(terminal['kustom.ipp.session.cancelled']).toBe(true);
  });

  it('catalogue > lookups', () => {
    expect(getVariant('kushki.cash.expired').match).toEqual({ paymentMethod: 'cash', status: 'expiredTransaction' });
    expect(getVariant('nope')).toBeUndefined();
    expect(isVariantId('kustom.ipp.session.created')).toBe(true);
    expect(isVariantId('kustom.ipp.payment.finalized')).toBe(false);
    expect(variantsOf('kustom')).toHaveLength(4);
    expect(variantsOf('kushki')).toHaveLength(6);
  });
});
