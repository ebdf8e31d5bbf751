import { describe, expect, it } from 'vitest';
import { parseWebhook } from '../src/index.js';
import { exampleOf } from './support/examples.js';

describe('parseWebhook never throws', () => {
  const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
  const deepObject = (() => {
    let node: Record<string, unknown> = {};
    const root = node;
    for (let i = 0; i < 100_000; i++) {
      const next: Record<string, unknown> = {};
      node.next = next;
      node = next;
    }
    return root;
  })();
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor() {
        throw new Error('trap');
      },
      has() {
        throw new Error('trap');
      },
    },
  );
  const cases: [string, unknown, RegExp][] = [
    ['invalid JSON', '{"id": ', /not valid JSON/],
    ['empty string', '', /not valid JSON/],
    ['a JSON string', '"hello"', /must be a JSON object, got string/],
    ['null', null, /got null/],
    ['undefined', undefined, /got undefined/],
    ['an array', [exampleOf('kushki.card.approved')], /got an array/],
    ['invalid UTF-8 bytes', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), /not valid UTF-8/],
    ['deeply nested JSON text', deep, /got an array/],
    ['a deeply nested object', { ...exampleOf('kushki.card.approved'), metadata: deepObject }, /^$/],
    ['an unrelated object', { hello: 'world' }, /neither a Kustom webhook .* nor a Kushki webhook/],
    ['a throwing proxy', hostile, /could not be read|neither/],
  ];
  it.each(cases)('robustness > %s', (_name, body, message) => {
    let result: ReturnType<typeof parseWebhook> | undefined;
    expect(() => (result = parseWebhook(body))).not.toThrow();
    if (message.source === '^$') {
      expect(result?.ok).toBe(true);
      return;
    }
    expect(result?.ok).toBe(false);
    if (!result || result.ok) return;
    expect(result.errors[0]?.message).toMatch(message);
    expect(typeof result.errors[0]?.path).toBe('string');
  });

  it('robustness > a byte-order mark is ignored', () => {
    const text = `\uFEFF${JSON.stringify(exampleOf('kushki.cash.approved'))}`;
    expect(parseWebhook(text).ok).toBe(true);
    expect(parseWebhook(Buffer.from(text)).ok).toBe(true);
  });

  it('robustness > a multi-megabyte body is validated, not rejected for its size', () => {
    const payload = { ...exampleOf('kushki.card.approved'), metadata: { blob: 'x'.repeat(5 * 1024 * 1024) } };
    expect(parseWebhook(JSON.stringify(payload)).ok).toBe(true);
    const broken = { ...payload, smartLink: 'y'.repeat(5 * 1024 * 1024), amount: null };
    const result = parseWebhook(JSON.stringify(broken));
    expect(result).toMatchObject({ ok: false, errors: [expect.objectContaining({ path: '/amount', message: 'must be object' })] });
  });

  it('robustness > __proto__ and constructor keys neither pollute nor crash', () => {
    const text = JSON.stringify(exampleOf('kushki.card.approved')).replace(
      '{',
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},',
    );
    const result = parseWebhook(text, { strict: true });
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual(['/__proto__', '/constructor']);
    expect(parseWebhook(text).ok).toBe(true);
  });
});
