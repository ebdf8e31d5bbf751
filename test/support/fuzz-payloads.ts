/**
 * fast-check arbitraries of hostile webhook bodies: documented examples mutated by dropping,
 * duplicating, retyping, deepening, truncating and inflating fields, prototype-pollution keys,
 * numbers at the edges, swapped discriminators, and byte-level damage (invalid UTF-8, BOMs, cuts).
 */
import fc from 'fast-check';
import { variantExamples } from '../../src/generated/catalogue.js';

type Json = unknown;
type Path = (string | number)[];

const FIELD_NAMES = [...new Set(variantExamples.flatMap((e) => Object.keys(e.payload as object)))];
const KEY_POOL = [...FIELD_NAMES, 'data', 'type', '__proto__', 'constructor', 'prototype', 'toString', '', 'a/b~c', '\u0000', 'ñandú'];
const DISCRIMINATOR_VALUES: Record<string, unknown[]> = {
  type: [
    'ipp.session.created',
    'ipp.session.activated',
    'ipp.session.finalized',
    'ipp.session.cancelled',
    'ipp.payment.finalized',
    'capture.created',
    'ipp.session.other',
    'x',
  ],
  paymentMethod: ['creditCard', 'transfer', 'cash', 'card', ''],
  status: ['approvedTransaction', 'declinedTransaction', 'expiredTransaction', 'pending'],
};
const EDGE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  999_999_999_999,
  1_000_000_000_000,
  0.1,
  2 ** 53,
  -(2 ** 31),
];

/** The paths of a value, breadth first, no deeper than 8 levels (a deepened value is one path). */
function allPaths(root: Json): Path[] {
  const paths: Path[] = [];
  const queue: [Json, Path][] = [[root, []]];
  while (queue.length > 0) {
    const [node, path] = queue.shift()!;
    paths.push(path);
    if (path.length >= 8 || node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        queue.push([v, [...path, i]]);
      });
    } else for (const [k, v] of Object.entries(node)) queue.push([v, [...path, k]]);
  }
  return paths;
}

function getAt(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)?.[key], root);
}

/** Sets (or, with `undefined`, deletes) the value at `path` as an own property, even `__proto__`. */
function setAt(root: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1));
  if (parent === null || typeof parent !== 'object') return root;
  const key = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete (parent as Record<string | number, Json>)[key];
  } else {
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return root;
}

type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number; from: number }
  | { kind: 'retype'; at: number; value: Json }
  | { kind: 'deepen'; at: number; depth: number; asArray: boolean }
  | { kind: 'truncate'; at: number; length: number }
  | { kind: 'huge'; at: number; size: number }
  | { kind: 'addKey'; at: number; key: string; value: Json }
  | { kind: 'edgeNumber'; at: number; value: number }
  | { kind: 'discriminator'; field: string; value: unknown };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), from: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({
    kind: fc.constant('deepen' as const),
    at: fc.nat(),
    depth: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constant(500)),
    asArray: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), size: fc.constantFrom(10_000, 300_000) }),
  fc.record({
    kind: fc.constant('addKey' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...KEY_POOL), fc.string()),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({ kind: fc.constant('edgeNumber' as const), at: fc.nat(), value: fc.constantFrom(...EDGE_NUMBERS) }),
  fc.constantFrom(...Object.keys(DISCRIMINATOR_VALUES)).chain((field) =>
    fc.record({
      kind: fc.constant('discriminator' as const),
      field: fc.constant(field),
      value: fc.constantFrom(...DISCRIMINATOR_VALUES[field]!),
    }),
  ),
);

function applyMutation(root: Json, m: Mutation): Json {
  const paths = allPaths(root);
  const pick = (n: number) => paths[n % paths.length]!;
  switch (m.kind) {
    case 'drop':
      return pick(m.at).length === 0 ? root : setAt(root, pick(m.at), undefined);
    case 'duplicate':
      return setAt(root, pick(m.at), structuredClone(getAt(root, pick(m.from))));
    case 'retype':
      return setAt(root, pick(m.at), m.value);
    case 'deepen': {
      let value = getAt(root, pick(m.at));
      for (let i = 0; i < m.depth; i++) value = m.asArray ? [value] : { nested: value };
      return setAt(root, pick(m.at), value);
    }
    case 'truncate': {
      const value = getAt(root, pick(m.at));
      return typeof value === 'string' ? setAt(root, pick(m.at), value.slice(0, m.length)) : root;
    }
    case 'huge':
      return setAt(root, pick(m.at), 'x'.repeat(m.size));
    case 'addKey': {
      const target = getAt(root, pick(m.at));
      return target !== null && typeof target === 'object' && !Array.isArray(target) ? setAt(root, [...pick(m.at), m.key], m.value) : root;
    }
    case 'edgeNumber':
      return setAt(root, pick(m.at), m.value);
    case 'discriminator':
      return root !== null && typeof root === 'object' ? setAt(root, [m.field], m.value) : root;
  }
}

export type Encoding = 'object' | 'string' | 'bytes' | 'bom-string' | 'bom-bytes' | 'invalid-utf8' | 'cut';

export interface FuzzCase {
  variant: string;
  mutations: Mutation[];
  encoding: Encoding;
  body: unknown;
}

function encode(value: Json, encoding: Encoding, cutAt: number): unknown {
  if (encoding === 'object') return value;
  const text = JSON.stringify(value) ?? 'null';
  switch (encoding) {
    case 'string':
      return text;
    case 'bytes':
      return new TextEncoder().encode(text);
    case 'bom-string':
      return `\uFEFF${text}`;
    case 'bom-bytes':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'invalid-utf8': {
      const bytes = new TextEncoder().encode(text);
      const out = new Uint8Array(bytes.length + 1);
      const at = cutAt % (bytes.length + 1);
      out.set(bytes.subarray(0, at));
      out[at] = 0xc3; // a lead byte followed by ASCII: never valid UTF-8
      out.set(bytes.subarray(at), at + 1);
      return at === bytes.length ? out.subarray(0, at + 1) : out;
    }
    case 'cut':
      return text.slice(0, cutAt % Math.max(1, text.length));
  }
}

/** A mutated documented example, encoded one of several ways. */
export const fuzzCaseArb: fc.Arbitrary<FuzzCase> = fc
  .record({
    example: fc.constantFrom(...variantExamples),
    mutations: fc.array(mutationArb, { maxLength: 4 }),
    encoding: fc.constantFrom<Encoding>('object', 'object', 'string', 'bytes', 'bom-string', 'bom-bytes', 'invalid-utf8', 'cut'),
    cutAt: fc.nat(),
  })
  .map(({ example, mutations, encoding, cutAt }) => {
    const mutated = mutations.reduce<Json>(applyMutation, structuredClone(example.payload));
    return { variant: example.variant, mutations, encoding, body: encode(mutated, encoding, cutAt) };
  });
