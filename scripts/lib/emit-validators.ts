/**
 * Emits ajv standalone validators (`src/generated/validators*.ts`): every schema compiled once, at
 * build time, so that neither the ajv compiler nor the schemas are loaded at run time.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ajvModule from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import ajvFormats from 'ajv-formats';
import { DATA_KEYWORDS, withExampleRules } from './example-rules.js';
import { generatedHeader } from './generated-header.js';
import { HOOKPROOF_KEYWORDS, type JsonSchema, SCHEMA_ID_BASE, type SchemaFile } from './schema-files.js';

const { _ } = ajvModule;
const require = createRequire(import.meta.url);
/** Which validators: the documents' rules (`lax`, the default), plus the examples' (`examples`, for warnings), plus no undocumented fields (`strict`). */
export type ValidatorProfile = 'lax' | 'examples' | 'strict';

const ID_BASE: Record<ValidatorProfile, string> = {
  lax: SCHEMA_ID_BASE,
  examples: `${SCHEMA_ID_BASE}examples/`,
  strict: `${SCHEMA_ID_BASE}strict/`,
};

/**
 * Keywords the strict transform leaves alone: data rather than subschemas, and `not`, whose
 * subschema must keep its meaning (forbidding its extra fields would make every `not` pass).
 */
const STRICT_SKIPS = new Set([...DATA_KEYWORDS, 'not']);

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
      out[key] = STRICT_SKIPS.has(key) ? value : visit(value);
    }
    if (out.properties && out.additionalProperties === undefined && out.unevaluatedProperties === undefined) {
      out.unevaluatedProperties = false;
    }
    return out;
  };
  return visit(schema) as JsonSchema;
}

/** A schema as the profile validates it, under the profile's own `$id`. */
export function schemaForProfile(schema: JsonSchema & { $id: string }, profile: ValidatorProfile): JsonSchema {
  if (profile === 'lax') return schema;
  const withRules = withExampleRules(schema);
  const out = profile === 'strict' ? toStrictSchema(withRules) : withRules;
  return { ...out, $id: schema.$id.replace(SCHEMA_ID_BASE, ID_BASE[profile]) };
}

function createAjv(profile: ValidatorProfile): InstanceType<typeof Ajv2020> {
  const ajv = new Ajv2020({
    allErrors: true,
    // The example rules' errors carry their rule (`parentSchema`), and with it the rule's hint.
    verbose: profile !== 'lax',
    strict: true,
    code: { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  ajvFormats.default(ajv);
  ajv.addVocabulary(HOOKPROOF_KEYWORDS);
  return ajv;
}

/**
 * Standalone code `require`s two ajv run-time modules. Both are inlined into
 * `src/generated/validator-runtime.ts` (see `emitValidatorRuntime`), so the validators import only
 * that file and a production install needs neither ajv nor ajv-formats.
 */
const RUNTIME_REFERENCES: Record<string, string> = {
  'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
  'require("ajv-formats/dist/formats").fullFormats': 'fullFormats',
};

function toLocalRuntime(code: string): string {
  const used = new Set<string>();
  let body = code;
  for (const [reference, name] of Object.entries(RUNTIME_REFERENCES)) {
    if (body.includes(reference)) used.add(name);
    body = body.split(reference).join(name);
  }
  const unknown = body.match(/require\("[^"]+"\)/);
  if (unknown) throw new Error(`standalone code requires ${unknown[0]}: inline it in emitValidatorRuntime`);
  return [`import { ${[...used].sort().join(', ')} } from './validator-runtime.js';`, body.replace(/^"use strict";/, '')].join('\n');
}

export function emitValidators(files: SchemaFile[], profile: ValidatorProfile): string {
  const ajv = createAjv(profile);
  const rooted = files.filter((f) => typeof f.schema.title === 'string' && f.schema.type === 'object');
  for (const f of files) ajv.addSchema(schemaForProfile(f.schema, profile));
  const exportsByName = Object.fromEntries(
    rooted.map((f) => [f.schema.title as string, f.schema.$id.replace(SCHEMA_ID_BASE, ID_BASE[profile])]),
  );
  const code = toLocalRuntime(standaloneCode.default(ajv, exportsByName));
  return [generatedHeader(`schemas/ with ajv standalone (${profile})`), '// @ts-nocheck', '/* eslint-disable */', code, ''].join('\n');
}

/** A CommonJS module's source, run once in a function scope: its `exports`, without a `require`. */
function inlineCommonJs(name: string, file: string): string {
  const source = readFileSync(file, 'utf8')
    .replace(/^"use strict";\n/, '')
    .replace(/\n\/\/# sourceMappingURL=.*$/m, '')
    // ajv tags a helper with the `require` that standalone code uses for it: not needed here.
    .replace(/^\w+\.code = '.*';$\n?/m, '');
  if (/\brequire\(/.test(source)) throw new Error(`${file} requires another module: it cannot be inlined as is`);
  return `const ${name} = (() => {\nconst exports = {};\n${source.trimEnd()}\nreturn exports;\n})();`;
}

/**
 * `src/generated/validator-runtime.ts`: ajv's `ucs2length` and ajv-formats' formats, copied from the
 * installed packages (both MIT) so that the standalone validators run with no dependency.
 */
export function emitValidatorRuntime(): string {
  const ajvDir = dirname(require.resolve('ajv/package.json'));
  const formatsDir = dirname(require.resolve('ajv-formats/package.json'));
  const version = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return [
    generatedHeader(`ajv ${version(ajvDir)} and ajv-formats ${version(formatsDir)}`),
    '// @ts-nocheck',
    '/* eslint-disable */',
    '// ajv: Copyright (c) 2015-2021 Evgeny Poberezkin, MIT License. ajv-formats: Copyright (c) 2020 Evgeny Poberezkin, MIT License.',
    '// The run-time helpers the standalone validators need, inlined so that they load no package.',
    inlineCommonJs('ucs2lengthModule', join(ajvDir, 'dist/runtime/ucs2length.js')),
    inlineCommonJs('formatsModule', join(formatsDir, 'dist/formats.js')),
    'export const ucs2length = ucs2lengthModule.default;',
    'export const fullFormats = formatsModule.fullFormats;',
    '',
  ].join('\n');
}
