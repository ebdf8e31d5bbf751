/**
 * Emits ajv standalone validators (`src/generated/validators*.ts`): every schema compiled once, at
 * build time, so that neither the ajv compiler nor the schemas are loaded at run time.
 */

import ajvModule from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import ajvFormats from 'ajv-formats';
import { generatedHeader } from './generated-header.js';
import { type JsonSchema, SCHEMA_ID_BASE, type SchemaFile } from './schema-files.js';

const { _ } = ajvModule;
const STRICT_ID_BASE = `${SCHEMA_ID_BASE}strict/`;

/**
 * Keywords the strict transform leaves alone: data rather than subschemas, and `not`, whose
 * subschema must keep its meaning (forbidding its extra fields would make every `not` pass).
 */
const DATA_KEYWORDS = new Set(['examples', 'const', 'enum', 'default', 'x-hookproof', 'x-hookproof-other-events', 'required', 'not']);

/**
 * The `--strict` form of a schema: every object that lists its properties also forbids the ones it
 * does not list, so unknown fields come back as `unevaluatedProperties` errors.
 */
export function toStrictSchema(schema: JsonSchema): JsonSchema {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] = DATA_KEYWORDS.has(key) ? value : visit(value);
    }
    if (out.properties && out.additionalProperties === undefined && out.unevaluatedProperties === undefined) {
      out.unevaluatedProperties = false;
    }
    return out;
  };
  const strict = visit(schema) as JsonSchema;
  strict.$id = String(schema.$id).replace(SCHEMA_ID_BASE, STRICT_ID_BASE);
  return strict;
}

function createAjv(): InstanceType<typeof Ajv2020> {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    code: { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  ajvFormats.default(ajv);
  ajv.addVocabulary(['x-hookproof', 'x-hookproof-other-events']);
  return ajv;
}

/** Standalone code exports CommonJS `require`s of ajv's runtime helpers: turn them into ESM imports. */
function toEsmImports(code: string): string {
  const modules: string[] = [];
  const body = code.replace(/require\("([^"]+)"\)/g, (_match, name: string) => {
    if (!modules.includes(name)) modules.push(name);
    return `runtime${modules.indexOf(name)}`;
  });
  // Node hands a CommonJS module over as `default`; bundlers and vitest unwrap `__esModule` modules.
  // `cjs()` returns the CommonJS `exports` object either way.
  const cjs = 'function cjs(ns) { const d = ns.default; return d !== null && typeof d === "object" && d.__esModule ? d : ns; }';
  return [
    ...modules.map((name, i) => `import * as runtime${i}Module from '${name}.js';`),
    cjs,
    ...modules.map((_name, i) => `const runtime${i} = cjs(runtime${i}Module);`),
    body.replace(/^"use strict";/, ''),
  ].join('\n');
}

export function emitValidators(files: SchemaFile[], mode: 'lax' | 'strict'): string {
  const ajv = createAjv();
  const rooted = files.filter((f) => typeof f.schema.title === 'string' && f.schema.type === 'object');
  for (const f of files) ajv.addSchema(mode === 'strict' ? toStrictSchema(f.schema) : f.schema);
  const exportsByName = Object.fromEntries(
    rooted.map((f) => [f.schema.title as string, mode === 'strict' ? f.schema.$id.replace(SCHEMA_ID_BASE, STRICT_ID_BASE) : f.schema.$id]),
  );
  const code = toEsmImports(standaloneCode.default(ajv, exportsByName));
  return [generatedHeader(`schemas/ with ajv standalone (${mode})`), '// @ts-nocheck', '/* eslint-disable */', code, ''].join('\n');
}
