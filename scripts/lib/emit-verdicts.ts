/**
 * Emits `src/generated/lax-verdicts.ts`: for each variant schema, a function that answers only "valid
 * or not" under the default (lax) profile, compiled to straight-line checks that return at the first
 * failure; and, per provider, the dispatch from the payload's discriminators to its variant's verdict.
 * A provider whose variants carry the same fields (Kustom's envelopes) gets one verdict inside its
 * dispatcher instead, which reads and checks the fields they share once (`sharedVerdict`).
 *
 * They are the fast path of `parseWebhook` on valid payloads: ajv's standalone validators spend most
 * of their time on the bookkeeping of `allErrors` (error lists, evaluated properties, option objects
 * for `$ref` calls) that a valid payload never needs. A verdict of `false` falls back to the ajv
 * validators, which report the errors and have the last word, so a verdict may never say `true` where
 * ajv says `false`. Each keyword is compiled as ajv 8 compiles it (see the comments), a keyword not
 * listed here fails the build, and `test/lax-verdicts.test.ts` compares every verdict with ajv's.
 */
import { generatedHeader } from './generated-header.js';
import { HOOKPROOF_KEYWORDS, type JsonSchema, type SchemaFile, type VariantSchemaFile } from './schema-files.js';

/** The payload fields that tell a provider's variants apart, in the order the dispatch reads them. */
const DISCRIMINATORS = { kustom: ['type'], kushki: ['paymentMethod', 'status'] } as const;

/** Keywords that validate nothing. */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', '$defs', 'title', 'description', 'examples', 'default', ...HOOKPROOF_KEYWORDS]);

/** The formats the verdicts may check, each with the name of its regular expression in `validator-runtime.ts`. */
const FORMATS: Record<string, string> = { uuid: 'fullFormats.uuid' };

interface Compiler {
  schemas: Map<string, JsonSchema>;
  /** How many normalised divergences the verdict being compiled reads (it then keeps `plain`). */
  normalises: number;
  /** Inside a helper function, where the verdict's `plain` is out of reach. */
  inHelper: number;
  /** Helper functions (the branches of `anyOf` and `not`), emitted before the verdicts. */
  helpers: string[];
  formats: Set<string>;
  names: number;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const member = (object: string, key: string): string => (IDENTIFIER.test(key) ? `${object}.${key}` : `${object}[${JSON.stringify(key)}]`);

function literal(value: unknown, where: string): string {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return JSON.stringify(value);
  // ajv compares an object or array `const`/`enum` with a deep equality: not compiled here.
  throw new Error(`${where}: only primitive const/enum values are compiled into verdicts`);
}

/** ajv's type checks (`lib/compile/validate/dataType.ts`, no coercion): numbers must be finite. */
function typeCondition(type: unknown, v: string, where: string): string {
  const one = (t: unknown): string => {
    switch (t) {
      case 'string':
      case 'boolean':
        return `typeof ${v} === "${t}"`;
      case 'number':
        return `(typeof ${v} === "number" && isFinite(${v}))`;
      // ajv writes `!(x % 1) && !isNaN(x) && isFinite(x)`: the same set, without a floating-point modulo.
      case 'integer':
        return `Number.isInteger(${v})`;
      case 'null':
        return `${v} === null`;
      case 'object':
        return `(${v} !== null && typeof ${v} === "object" && !Array.isArray(${v}))`;
      case 'array':
        return `Array.isArray(${v})`;
      default:
        throw new Error(`${where}: unknown type ${JSON.stringify(t)}`);
    }
  };
  return Array.isArray(type) ? type.map(one).join(' || ') : one(type);
}

function resolveRef(c: Compiler, ref: string, base: string, where: string): { schema: JsonSchema; base: string } {
  const [file = '', pointer = ''] = ref.split('#');
  const id = file === '' ? base : new URL(file, base).href;
  let node: unknown = c.schemas.get(id);
  for (const part of pointer.split('/').filter(Boolean)) {
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (node === undefined || node === null || typeof node !== 'object') throw new Error(`${where}: cannot resolve $ref ${ref}`);
  return { schema: node as JsonSchema, base: id };
}

/** A helper function that returns whether `v` is valid against `schema`. */
function helper(c: Compiler, schema: unknown, base: string, where: string, depth: number): string {
  const name = `branch${c.names++}`;
  c.inHelper++;
  const body = statements(c, schema, base, 'v', where, depth);
  c.inHelper--;
  c.helpers.push(`function ${name}(v) {\n${body}return true;\n}`);
  return name;
}

/**
 * Whether the checks of `schema` refuse `undefined` by themselves: it names a `type` (no JSON type
 * holds `undefined`), a `const` or an `enum` (JSON values), directly or through `$ref`s. A required
 * field then needs no presence check of its own.
 */
function rejectsUndefined(c: Compiler, schema: unknown, base: string, where: string, depth = 0): boolean {
  if (schema === null || typeof schema !== 'object' || depth > 32) return false;
  const s = schema as JsonSchema;
  if (s.type !== undefined || 'const' in s || 'enum' in s) return true;
  if (typeof s.$ref !== 'string') return false;
  const target = resolveRef(c, s.$ref, base, where);
  return rejectsUndefined(c, target.schema, target.base, where, depth + 1);
}

/** Reads the field `name` of the object in `v` into a variable and checks it against `schema`. */
function propertyStatements(
  c: Compiler,
  v: string,
  name: string,
  schema: unknown,
  required: boolean,
  base: string,
  where: string,
  depth: number,
  fail: string,
): string {
  const d = `d${c.names++}`;
  const before = c.normalises;
  const check = statements(c, schema, base, d, where, depth, fail);
  const read = `const ${d} = ${member(v, name)};\n`;
  if (required) return `${read}${rejectsUndefined(c, schema, base, where) ? '' : `if (${d} === undefined) ${fail}\n`}${check}`;
  // An absent divergent field is not in the examples' reading either.
  const absent = c.normalises > before ? ' else plain = false;' : '';
  return check === '' ? '' : `${read}if (${d} !== undefined) {\n${check}}${absent}\n`;
}

/** Statements that run `fail` (by default `return false;`) unless the value in the variable `v` is valid against `schema`. */
function statements(c: Compiler, schema: unknown, base: string, v: string, where: string, depth: number, fail = 'return false;'): string {
  if (schema === true) return '';
  if (schema === false) return `${fail}\n`;
  if (depth > 32) throw new Error(`${where}: $ref nested too deep (recursive?): not compiled`);
  if (schema === null || typeof schema !== 'object') throw new Error(`${where}: not a schema`);
  // A single `type` is checked first; the keywords of that type then need no guard of their own.
  const { type } = schema as JsonSchema;
  const single = typeof type === 'string' ? type : undefined;
  const guard = (condition: string, body: string): string => (condition === '' ? body : `if (${condition}) {\n${body}}\n`);
  const isObject = single === 'object' ? '' : typeCondition('object', v, where);
  const isArray = single === 'array' ? '' : `Array.isArray(${v})`;
  let out = type === undefined ? '' : `if (!(${typeCondition(type, v, `${where}/type`)})) ${fail}\n`;
  for (const [keyword, value] of Object.entries(schema as JsonSchema)) {
    const at = `${where}/${keyword}`;
    if (ANNOTATIONS.has(keyword)) {
      if (keyword === '$id' && value !== base) throw new Error(`${at}: an embedded $id is not compiled`);
      continue;
    }
    switch (keyword) {
      case '$ref': {
        const target = resolveRef(c, value as string, base, at);
        out += statements(c, target.schema, target.base, v, `${target.base}#`, depth + 1, fail);
        break;
      }
      case 'type':
        break;
      case 'const':
        out += `if (${v} !== ${literal(value, at)}) ${fail}\n`;
        break;
      case 'enum':
        out += `if (!(${(value as unknown[]).map((e) => `${v} === ${literal(e, at)}`).join(' || ')})) ${fail}\n`;
        break;
      // `required` and `properties` apply to objects only; ajv reads `data.name` (own or inherited) and
      // counts `undefined` as absent.
      // A required field that `properties` also checks is read once, there.
      case 'required': {
        const checked = new Set(Object.keys(((schema as JsonSchema).properties as object | undefined) ?? {}));
        const missing = (value as string[]).filter((p) => !checked.has(p)).map((p) => `if (${member(v, p)} === undefined) ${fail}\n`);
        if (missing.length > 0) out += guard(isObject, missing.join(''));
        break;
      }
      case 'properties': {
        const required = new Set(((schema as JsonSchema).required as string[] | undefined) ?? []);
        const inner = Object.entries(value as Record<string, unknown>)
          .map(([name, sub]) => propertyStatements(c, v, name, sub, required.has(name), base, `${at}/${name}`, depth, fail))
          .join('');
        if (inner !== '') out += guard(isObject, inner);
        break;
      }
      case 'additionalProperties':
        if (value !== true) throw new Error(`${at}: only additionalProperties: true is compiled into verdicts`);
        break;
      // `items` (2020-12: every element) applies to arrays only.
      case 'items': {
        const i = `i${c.names++}`;
        const d = `d${c.names++}`;
        const check = statements(c, value, base, d, at, depth, fail);
        if (check !== '') out += guard(isArray, `for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {\nconst ${d} = ${v}[${i}];\n${check}}\n`);
        break;
      }
      case 'anyOf': {
        const branches = (value as unknown[]).map((s, i) => helper(c, s, base, `${at}/${i}`, depth));
        out += `if (!(${branches.map((b) => `${b}(${v})`).join(' || ')})) ${fail}\n`;
        break;
      }
      case 'not':
        out += `if (${helper(c, value, base, at, depth)}(${v})) ${fail}\n`;
        break;
      // ajv applies `minimum` to numbers only, and refuses NaN.
      case 'minimum':
        if (typeof value !== 'number') throw new Error(`${at}: minimum must be a number`);
        out += `if (typeof ${v} === "number" && (${v} < ${value} || isNaN(${v}))) ${fail}\n`;
        break;
      // ajv applies a regular-expression format to strings only.
      case 'format': {
        const format = FORMATS[value as string];
        if (!format) throw new Error(`${at}: the format ${JSON.stringify(value)} is not compiled into verdicts`);
        c.formats.add(value as string);
        out += `if (typeof ${v} === "string" && !${format}.test(${v})) ${fail}\n`;
        break;
      }
      default:
        throw new Error(`${at}: the keyword ${keyword} is not compiled into verdicts (scripts/lib/emit-verdicts.ts)`);
    }
  }
  const rule = (schema as JsonSchema)['x-hookproof-examples'] as { rule?: unknown; normalised?: boolean } | undefined;
  if (rule?.normalised) {
    // A divergence `parseWebhook` presents in the examples' reading: note when the value is in the other one.
    if (c.inHelper > 0) throw new Error(`${where}: a normalised divergence inside anyOf/not is not compiled`);
    const label = `reading${c.names++}`;
    c.normalises++;
    c.inHelper++;
    out += `${label}: {\n${statements(c, rule.rule, base, v, `${where}/x-hookproof-examples/rule`, depth, `{ plain = false; break ${label}; }`)}}\n`;
    c.inHelper--;
  }
  return out;
}

type Entry = { index: number; file: VariantSchemaFile };

/**
 * The `switch` over a provider's discriminators; `leaf` writes what a case does for its one variant.
 *
 * A string switch compares the value with each case in turn. One character of each discriminator
 * (Kustom: the 14th of `type`; Kushki: the 3rd of `paymentMethod` and the 1st of `status`) picks
 * the only candidate instead, through one integer key; its verdict then compares the whole values (they
 * are `const`s of the variant's schema), so a key that two strings share costs time, never a wrong
 * answer. One flat switch also keeps the dispatcher small: see the bytecode budget in `emitVerdicts`.
 */
function dispatch(entries: Entry[], fields: readonly string[], leaf: (entry: Entry) => string): string {
  const values = entries.map((e) =>
    fields.map((field) => {
      const value = (e.file.schema.properties as Record<string, { const?: unknown } | undefined>)[field]?.const;
      if (typeof value !== 'string') throw new Error(`${e.file.path}: ${field} has no string const to dispatch on`);
      return value;
    }),
  );
  if (new Set(values.map((v) => JSON.stringify(v))).size !== entries.length) throw new Error(`two variants share ${fields.join(' and ')}`);
  const guard = fields.map((f) => `typeof ${f} === "string"`).join(' && ');
  // The first positions (one per discriminator, in order) whose characters tell every variant apart.
  let positions: number[][] = [[]];
  for (const [k] of fields.entries()) {
    const shortest = Math.min(...values.map((v) => (v[k] as string).length));
    positions = positions.flatMap((p) => Array.from({ length: shortest }, (_, i) => [...p, i]));
  }
  const keyOf = (v: string[], at: number[]): number => v.reduce((key, s, k) => key * 128 + s.charCodeAt(at[k] as number), 0);
  const at = positions.find((p) => new Set(values.map((v) => keyOf(v, p))).size === entries.length);
  if (at === undefined) {
    // No character tells them apart: compare the whole values, in a `switch` so that a case may `break`.
    const cases = entries.map(
      (e, j) => `case ${fields.map((f, k) => `${f} === ${JSON.stringify(values[j]?.[k])}`).join(' && ')}:\n${leaf(e)}`,
    );
    return `switch (true) {\n${cases.join('')}}\n`;
  }
  const key = fields.map((f, k) => `${f}.charCodeAt(${at[k]})`).reduce((sum, term) => `${sum} * 128 + ${term}`);
  const cases = entries.map((e, j) => `case ${keyOf(values[j] as string[], at)}: // ${(values[j] as string[]).join(' ')}\n${leaf(e)}`);
  return `if (${guard}) {\nswitch (${key}) {\n${cases.join('')}}\n}\n`;
}

/**
 * What a schema checks, comparable across files: every `$ref` made absolute and the annotations
 * dropped (but an `x-hookproof-examples` rule `parseWebhook` normalises, which the verdict reads).
 */
function checked(schema: unknown, base: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => checked(s, base));
  if (schema === null || typeof schema !== 'object') return schema;
  const rule = (schema as JsonSchema)['x-hookproof-examples'] as { rule?: unknown; normalised?: boolean } | undefined;
  const entries = Object.entries(schema).flatMap(([k, v]): [string, unknown][] => {
    if (k === '$ref' && typeof v === 'string') {
      const [file = '', pointer = ''] = v.split('#');
      return [[k, `${file === '' ? base : new URL(file, base).href}#${pointer}`]];
    }
    if (ANNOTATIONS.has(k)) return [];
    // A map of names to schemas: the names are data (a field may be called `title`), the schemas are compared.
    if (SCHEMA_MAPS.has(k) && v !== null && typeof v === 'object') {
      return [[k, Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, checked(sub, base)]))]];
    }
    // Values, not schemas: kept as they are.
    if (LITERALS.has(k)) return [[k, v]];
    return [[k, checked(v, base)]];
  });
  if (rule?.normalised) entries.push(['normalised', checked(rule.rule, base)]);
  return Object.fromEntries(entries);
}

/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);
/** Keywords whose value is data, not a schema. */
const LITERALS = new Set(['const', 'enum', 'required']);

/** One variant's schema for an object value, with the base its `$ref`s resolve against. */
type Part = { entry: Entry; schema: JsonSchema; base: string };
const partsOf = (entries: Entry[]): Part[] => entries.map((entry) => ({ entry, schema: entry.file.schema, base: entry.file.schema.$id }));

/**
 * Whether the objects these schemas describe carry the same fields in the same order: plain object
 * schemas that list the same properties and require the same ones. Such objects share one V8 hidden
 * class, so one function can check them all with reads that each see that one class.
 */
function sameFields(parts: Part[]): boolean {
  const shape = ({ schema }: Part): string | undefined => {
    const rule = schema['x-hookproof-examples'] as { normalised?: boolean } | undefined;
    const others = Object.keys(schema).filter((k) => !ANNOTATIONS.has(k) && !['type', 'required', 'properties'].includes(k));
    if (schema.type !== 'object' || others.length > 0 || rule?.normalised) return undefined;
    return JSON.stringify([Object.keys(schema.properties ?? {}), [...((schema.required as string[] | undefined) ?? [])].sort()]);
  };
  const first = shape(parts[0] as Part);
  return first !== undefined && parts.every((p) => shape(p) === first);
}

/** The checks of a group of variants: those they all make (`shared`) and, by variant, its own ones (compiled once each). */
interface SplitChecks {
  shared: string;
  /** By variant: the keys in `fragments` of its own checks. */
  own: Map<Entry, string[]>;
  fragments: Map<string, string>;
}

/**
 * Splits the checks of the fields of objects that carry the same fields (`sameFields`) into those every
 * variant makes alike, read and checked once, and each variant's own; variants that check a field
 * alike share that check's code. A field that is an object of the same fields in every variant is read
 * once and split in turn. `skip`: the fields the caller checks (the discriminators).
 */
function splitChecks(c: Compiler, parts: Part[], v: string, skip: readonly string[], fail: string, out: SplitChecks): void {
  const first = parts[0] as Part;
  const names = Object.keys(first.schema.properties ?? {});
  const required = new Set((first.schema.required as string[] | undefined) ?? []);
  const where = (p: Part, name: string) => `${p.base}#/properties/${name}`;
  const sub = (p: Part, name: string): Part => ({ ...p, schema: (p.schema.properties as Record<string, JsonSchema>)[name] as JsonSchema });
  const key = (p: Part): string => JSON.stringify(checked(p.schema, p.base));
  for (const name of [...required].filter((n) => !names.includes(n))) out.shared += `if (${member(v, name)} === undefined) ${fail}\n`;
  for (const name of names.filter((n) => !skip.includes(n))) {
    const subs = parts.map((p) => sub(p, name));
    const one = subs[0] as Part;
    const keys = subs.map(key);
    if (keys.every((k) => k === keys[0])) {
      out.shared += propertyStatements(c, v, name, one.schema, required.has(name), one.base, where(one, name), 0, fail);
    } else if (required.has(name) && sameFields(subs)) {
      const d = `d${c.names++}`;
      out.shared += `const ${d} = ${member(v, name)};\nif (!(${typeCondition('object', d, where(one, name))})) ${fail}\n`;
      splitChecks(c, subs, d, [], fail, out);
    } else {
      for (const [i, p] of subs.entries()) {
        const id = `${v}.${name} ${keys[i]}`;
        if (!out.fragments.has(id)) {
          out.fragments.set(id, propertyStatements(c, v, name, p.schema, required.has(name), p.base, where(p, name), 0, fail));
        }
        out.own.get(p.entry)?.push(id);
      }
    }
  }
}

/**
 * One function for a provider whose variants carry the same fields (`sameFields`). The discriminators
 * pick the variant; what every variant checks alike is read and checked once; then each variant's own
 * checks run, one case for the variants that check alike. (A verdict function per variant reads each
 * shared field again, and its call is one more than a bare validator's: see `npm run bench`.)
 */
function sharedVerdict(c: Compiler, entries: Entry[], fields: readonly string[]): string {
  const fail = 'return -1;';
  const split: SplitChecks = { shared: '', own: new Map(entries.map((e) => [e, []])), fragments: new Map() };
  c.normalises = 0;
  // The discriminators were read by the caller from `data` (once: a payload parsed from JSON reads the
  // same each time); their values are the parameters of the same name.
  const pick = dispatch(entries, fields, (e) => {
    const base = e.file.schema.$id as string;
    const consts = fields.map((f) =>
      statements(c, (e.file.schema.properties as Record<string, unknown>)[f], base, f, `${base}#/properties/${f}`, 0, fail),
    );
    return `${consts.join('')}index = ${e.index};\nbreak;\n`;
  });
  splitChecks(c, partsOf(entries), 'data', fields, fail, split);
  const byChecks = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = JSON.stringify(split.own.get(e) ?? []);
    if (key !== '[]') byChecks.set(key, [...(byChecks.get(key) ?? []), e]);
  }
  const cases = [...byChecks].map(([own, group]) => {
    const code = (JSON.parse(own) as string[]).map((id) => split.fragments.get(id) ?? '').join('');
    return `${group.map((e) => `case ${e.index}:`).join(' ')} {\n${code}break;\n}\n`;
  });
  // `plain` turns false only in checks the payload's own variant ran, so one flag serves every variant.
  const normalises = c.normalises > 0;
  return [
    normalises ? 'let plain = true;\n' : '',
    'let index = -1;\n',
    pick,
    'if (index < 0) return -1;\n',
    `if (!(${typeCondition('object', 'data', 'data')})) ${fail}\n`,
    split.shared,
    cases.length > 0 ? `switch (index) {\n${cases.join('')}}\n` : '',
    normalises ? 'return plain ? index : index + OTHER_READING;\n' : 'return index;\n',
  ].join('');
}

/** Added to a variant index when `event` must present a normalised divergence (emitted as `OTHER_READING`). */
const OTHER_READING = 0x100;

/** What a dispatcher returns for a valid payload of a variant: its catalogue index, flagged when `plain` is false. */
const hit = (index: number, normalises: boolean): string =>
  normalises ? `return plain ? ${index} : ${index + OTHER_READING};\n` : `return ${index};\n`;

export function emitVerdicts(variants: VariantSchemaFile[], files: SchemaFile[]): string {
  const c: Compiler = {
    schemas: new Map(files.map((f) => [f.schema.$id, f.schema])),
    normalises: 0,
    inHelper: 0,
    helpers: [],
    formats: new Set(),
    names: 0,
  };
  const indexed = variants.map((file, index) => ({ index, file }));
  const verdicts: string[] = [];
  const dispatchers = (['kustom', 'kushki'] as const).map((provider) => {
    const fields = DISCRIMINATORS[provider];
    const entries = indexed.filter((e) => e.file.meta.provider === provider);
    const name = `${provider}VariantIndex`;
    const doc = `/** The index in \`variantCatalogue\` of the ${provider} variant its ${fields.join(' and ')} name, plus OTHER_READING where it applies, if the payload is valid against it; else -1. */`;
    if (entries.length > 1 && sameFields(partsOf(entries))) {
      return `${doc}\nexport function ${name}(${fields.join(', ')}, data) {\n${sharedVerdict(c, entries, fields)}}`;
    }
    // A verdict function per variant, which returns what the dispatcher answers, so that each case is
    // one tail call. Both dispatchers then stay small enough for V8 to inline into `parseWebhook`
    // together: when only one fitted its inlining budget, which one depended on the order the payloads
    // came in, and the other provider paid a call (about 3 ns on Kustom's 25 ns payloads).
    for (const e of entries) {
      const title = e.file.schema.title as string;
      c.normalises = 0;
      const body = statements(c, e.file.schema, e.file.schema.$id, 'data', `${e.file.schema.$id}#`, 0, 'return -1;');
      verdicts.push(
        `/** ${title} (default profile): ${e.index} if valid, ${e.index} + OTHER_READING if valid with a normalised divergence in the documents' other reading, else -1. */\nfunction check${title}(data) {\n${c.normalises > 0 ? 'let plain = true;\n' : ''}${body}${hit(e.index, c.normalises > 0)}}`,
      );
    }
    const leaf = (e: Entry): string => `return check${e.file.schema.title as string}(data);\n`;
    return `${doc}\nexport function ${name}(${fields.join(', ')}, data) {\n${dispatch(entries, fields, leaf)}return -1;\n}`;
  });
  return [
    generatedHeader('schemas/ (lax profile) by scripts/lib/emit-verdicts.ts'),
    '// @ts-nocheck',
    '/* eslint-disable */',
    c.formats.size > 0 ? "import { fullFormats } from './validator-runtime.js';" : '',
    '',
    "/** Added to a variant index when `event` must present a normalised divergence in the examples' reading. */",
    `export const OTHER_READING = 0x${OTHER_READING.toString(16)};`,
    '',
    ...c.helpers,
    ...verdicts,
    ...dispatchers,
    '',
  ].join('\n');
}
