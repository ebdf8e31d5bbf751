/**
 * A payload whose fields read differently each time (a getter, a proxy): detection and validation
 * see different values. Whatever the validator refuses must come back as a failure, even when none
 * of its errors maps to an issue (the `not` of other-event.schema.json is reported by the caller,
 * so a refusal by `not` alone has no issue of its own).
 */
import { describe, expect, it } from 'vitest';
import { type ParseOptions, parseWebhook } from '../src/index.js';
import { exampleOf } from './support/examples.js';

/** A Kustom envelope whose `type` reads `first` on the first read and `then` on every later one. */
function shiftingType(first: string, then: string): Record<string, unknown> {
  const payload = exampleOf('kustom.ipp.session.finalized');
  let reads = 0;
  Object.defineProperty(payload, 'type', { enumerable: true, configurable: true, get: () => (reads++ === 0 ? first : then) });
  return payload;
}

describe('parseWebhook > inconsistent reads', () => {
  const cases: [string, ParseOptions][] = [
    ['with the provider given', { provider: 'kustom' }],
    ['with strict validation', { provider: 'kustom', strict: true }],
  ];
  it.each(cases)(
    'inconsistent reads > a type detected as capture.created but validated as an IPP session event is refused, %s',
    (_name, options) => {
      const result = parseWebhook(shiftingType('capture.created', 'ipp.session.finalized'), options);
      expect(result).toEqual({
        ok: false,
        provider: 'kustom',
        variant: null,
        errors: [{ path: '', message: 'is not a valid KustomOtherEvent payload', keyword: 'schema' }],
      });
    },
  );

  it('inconsistent reads > the same payload read consistently as capture.created is accepted', () => {
    const result = parseWebhook(shiftingType('capture.created', 'capture.created'), { provider: 'kustom' });
    expect(result).toMatchObject({ ok: true, kind: 'other-event', type: 'capture.created' });
  });
});
