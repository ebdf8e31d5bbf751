/**
 * The type guards (`isWebhookOf` and one `isKushkiCardApproved`-style guard per variant): each says
 * yes to a valid parsed payload of its own variant only, and no to raw bodies and to payloads that are
 * valid only in the documents' other reading (their normalised `event` is the typed value).
 */
import { describe, expect, it } from 'vitest';
import {
  isKushkiCardApproved,
  isKushkiCardDeclined,
  isKushkiCashApproved,
  isKushkiCashExpired,
  isKushkiTransferApproved,
  isKushkiTransferDeclined,
  isKustomIppSessionActivated,
  isKustomIppSessionCancelled,
  isKustomIppSessionCreated,
  isKustomIppSessionFinalized,
  isWebhookOf,
  parseWebhook,
  type VariantId,
  variants,
} from '../src/index.js';
import { exampleOf } from './support/examples.js';

const guards: [VariantId, (value: unknown) => boolean][] = [
  ['kustom.ipp.session.created', isKustomIppSessionCreated],
  ['kustom.ipp.session.activated', isKustomIppSessionActivated],
  ['kustom.ipp.session.finalized', isKustomIppSessionFinalized],
  ['kustom.ipp.session.cancelled', isKustomIppSessionCancelled],
  ['kushki.card.approved', isKushkiCardApproved],
  ['kushki.card.declined', isKushkiCardDeclined],
  ['kushki.transfer.approved', isKushkiTransferApproved],
  ['kushki.transfer.declined', isKushkiTransferDeclined],
  ['kushki.cash.approved', isKushkiCashApproved],
  ['kushki.cash.expired', isKushkiCashExpired],
];

describe('type guards', () => {
  it('type guards > there is one guard per catalogue variant', () => {
    expect(guards.map(([id]) => id).sort()).toEqual(variants.map((v) => v.id).sort());
  });

  it.each(guards)('type guards > %s: yes to its own example, no to every other variant', (variant, guard) => {
    for (const other of variants) {
      const payload = exampleOf(other.id);
      expect(guard(payload), `${variant} guard on ${other.id}`).toBe(other.id === variant);
      expect(isWebhookOf(variant, payload), `isWebhookOf ${variant} on ${other.id}`).toBe(other.id === variant);
    }
  });

  const notPayloads: [string, unknown][] = [
    ['the JSON text', JSON.stringify(exampleOf('kushki.card.approved'))],
    ['its UTF-8 bytes', new TextEncoder().encode(JSON.stringify(exampleOf('kushki.card.approved')))],
    ['its bytes as an ArrayBuffer', new TextEncoder().encode(JSON.stringify(exampleOf('kushki.card.approved'))).buffer],
    ['null', null],
    ['a number', 42],
    ['undefined', undefined],
  ];
  it.each(notPayloads)('type guards > %s is not a payload', (_name, value) => {
    expect(isKushkiCardApproved(value)).toBe(false);
    expect(isWebhookOf('kushki.card.approved', value)).toBe(false);
  });

  it("type guards > a payload valid only in the documents' other reading is not of the type; parseWebhook's event is", () => {
    const payload = { ...exampleOf('kushki.cash.approved'), syncMetadata: false };
    const result = parseWebhook(payload);
    expect(result).toMatchObject({ ok: true, variant: 'kushki.cash.approved' });
    expect(isKushkiCashApproved(payload)).toBe(false);
    expect(result.ok && isKushkiCashApproved(result.event)).toBe(true);
  });

  it('type guards > a payload that breaks its schema is not of the type', () => {
    const payload = { ...exampleOf('kushki.card.declined'), code: 17 };
    expect(isKushkiCardDeclined(payload)).toBe(false);
  });
});
