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
      expectTypeOf(result.event.data.order_id).toEqualTypeOf<null>();
    }
    expect(result.ok).toBe(true);
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
