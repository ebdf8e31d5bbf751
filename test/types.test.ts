/** Type-level checks: `tsc --noEmit` (part of npm test) fails if the public types stop narrowing. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  isKushkiCardDeclined,
  type KushkiCardApproved,
  type KushkiOpenApiWebhooks,
  type KushkiWebhook,
  type KustomApiPaths,
  type KustomWebhook,
  parseWebhook,
  type WebhookByVariant,
} from '../src/index.js';
import { exampleOf } from './support/examples.js';

describe('public types', () => {
  it('types > parseWebhook narrows by variant', () => {
    const result = parseWebhook(exampleOf('kustom.ipp.session.finalized'));
    if (result.ok && result.kind === 'variant' && result.variant === 'kustom.ipp.session.finalized') {
      expectTypeOf(result.event.data.order_id).toEqualTypeOf<string>();
      expectTypeOf(result.provider).toEqualTypeOf<'kustom'>();
    }
    if (result.ok && result.kind === 'variant' && result.variant === 'kustom.ipp.session.activated') {
      // The documented example carries null; a string is only warned about, so the type says so.
      expectTypeOf(result.event.data.order_id).toEqualTypeOf<string | null>();
    }
    expect(result.ok).toBe(true);
  });

  it('types > parseWebhook with a provider or a variant narrows the result to it', () => {
    const kustom = parseWebhook(JSON.stringify(exampleOf('kustom.ipp.session.created')), { provider: 'kustom' });
    if (kustom.ok) {
      expectTypeOf(kustom.provider).toEqualTypeOf<'kustom'>();
      if (kustom.kind === 'variant') {
        expectTypeOf(kustom.variant).toEqualTypeOf<
          'kustom.ipp.session.created' | 'kustom.ipp.session.activated' | 'kustom.ipp.session.finalized' | 'kustom.ipp.session.cancelled'
        >();
        expectTypeOf(kustom.event).toExtend<KustomWebhook>();
      }
    }
    const kushki = parseWebhook(exampleOf('kushki.cash.expired'), { provider: 'kushki', strict: true });
    if (kushki.ok) {
      expectTypeOf(kushki.kind).toEqualTypeOf<'variant'>(); // no other events for Kushki
      expectTypeOf(kushki.event).toExtend<KushkiWebhook>();
      expectTypeOf(kushki.event.transactionReference).toEqualTypeOf<string>();
    }
    const declined = parseWebhook(exampleOf('kushki.card.declined'), { variant: 'kushki.card.declined' });
    if (declined.ok) expectTypeOf(declined.event.code).toEqualTypeOf<string>();
    expect([kustom.ok, kushki.ok, declined.ok]).toEqual([true, true, true]);
  });

  it('types > unions are discriminated', () => {
    const describe = (event: KushkiWebhook): string => {
      switch (event.status) {
        case 'declinedTransaction':
          // card or transfer: no ticketNumber guaranteed
          expectTypeOf(event.ticketNumber).toEqualTypeOf<string | undefined>();
          return event.paymentMethod;
        case 'expiredTransaction':
          expectTypeOf(event.paymentMethod).toEqualTypeOf<'cash'>();
          return event.pin;
        default:
          return event.ticketNumber;
      }
    };
    const kustom = (event: KustomWebhook): string =>
      event.type === 'ipp.session.finalized' && 'order_id' in event.data ? String(event.data.order_id) : event.type;
    expect(describe(exampleOf('kushki.cash.expired') as unknown as KushkiWebhook)).toBe('8908465875');
    expect(kustom(exampleOf('kustom.ipp.session.finalized') as unknown as KustomWebhook)).toBe('ccf4e76a-f56d-4d3a-abf9-f4fe941f0a1f');
  });

  it('types > the divergences are visible in the types', () => {
    expectTypeOf<KushkiCardApproved['syncMetadata']>().toEqualTypeOf<'true' | 'false'>();
    expectTypeOf<KushkiCardApproved['product']>().toBeArray();
    expectTypeOf<KushkiCardApproved['transactionType']>().toEqualTypeOf<'SALE'>();
    expectTypeOf<WebhookByVariant['kushki.card.declined']['code']>().toEqualTypeOf<string>();
  });

  it('types > guards narrow', () => {
    const value: unknown = exampleOf('kushki.card.declined');
    if (isKushkiCardDeclined(value)) expectTypeOf(value.message).toEqualTypeOf<string>();
    expect(isKushkiCardDeclined(value)).toBe(true);
    expect(isKushkiCardDeclined(JSON.stringify(value))).toBe(false);
  });

  it('types > OpenAPI-derived types', () => {
    type Capture = KustomApiPaths['/ordermanagement/v1/orders/{order_id}/captures']['post']['requestBody'];
    expectTypeOf<NonNullable<Capture>['content']['application/json']['captured_amount']>().toEqualTypeOf<number>();
    type Body = NonNullable<KushkiOpenApiWebhooks['kushki.card.declined']['post']['requestBody']>['content']['application/json'];
    expectTypeOf<Body['status']>().toEqualTypeOf<'declinedTransaction'>();
  });
});
