/**
 * The OpenAPI documents outside hookproof: `redocly bundle` of each produces one self-contained
 * document whose schemas compile under Ajv2020 + ajv-formats and whose every example validates, and a
 * mainstream consumer (openapi-typescript) turns the bundle into TypeScript that compiles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/run-cli.js';

type Json = Record<string, unknown>;
const BUNDLE_ID = 'https://bundle.test/openapi.json';

async function bundled(provider: string): Promise<Json> {
  const config = await createConfig({});
  const { bundle: doc } = await bundle({ ref: join(REPO_ROOT, 'openapi', `${provider}.openapi.yaml`), config });
  return doc.parsed as Json;
}

/** Every `{ schema, examples }` pair of a document: schema examples, media-type and parameter examples. */
function examplesOf(doc: Json): { where: string; ref: string; value: unknown }[] {
  const found: { where: string; ref: string; value: unknown }[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const [i, n] of node.entries()) visit(n, `${pointer}/${i}`);
      return;
    }
    const o = node as Json;
    // A schema object's own `examples` (an array), validated against that schema.
    if (Array.isArray(o.examples) && pointer.includes('schema')) {
      for (const value of o.examples) found.push({ where: pointer, ref: `#${pointer}`, value });
    }
    // A media type's or parameter's `examples` map and `example`, validated against its `schema`.
    if (o.schema && typeof o.schema === 'object') {
      const named = o.examples && !Array.isArray(o.examples) ? Object.values(o.examples as Record<string, { value?: unknown }>) : [];
      for (const e of named) if ('value' in e) found.push({ where: `${pointer}/examples`, ref: `#${pointer}/schema`, value: e.value });
      if ('example' in o) found.push({ where: `${pointer}/example`, ref: `#${pointer}/schema`, value: o.example });
    }
    for (const [key, value] of Object.entries(o)) visit(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  };
  visit(doc, '');
  return found;
}

describe('openapi bundle', () => {
  it.each(['kustom', 'kushki'])(
    'openapi bundle > %s: no inner $id survives, the schemas compile under Ajv2020, every example validates',
    async (provider) => {
      const doc = await bundled(provider);
      expect(JSON.stringify(doc)).not.toContain('"$id"');
      // The OpenAPI document as one schema resource: its `#/components/...` references resolve inside it.
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      ajvFormats.default(ajv);
      ajv.addSchema({ ...doc, $id: BUNDLE_ID });
      const schemas = Object.keys((doc.components as { schemas: Json }).schemas);
      expect(schemas.length).toBeGreaterThan(5);
      for (const name of schemas) expect(() => ajv.getSchema(`${BUNDLE_ID}#/components/schemas/${name}`)).not.toThrow();
      const examples = examplesOf(doc);
      expect(examples.length).toBeGreaterThanOrEqual(provider === 'kustom' ? 6 : 6);
      const invalid = examples.flatMap(({ where, ref, value }) => {
        const validate = ajv.getSchema(`${BUNDLE_ID}${ref}`);
        return validate?.(value) ? [] : [{ where, errors: validate?.errors }];
      });
      expect(invalid).toEqual([]);
    },
  );

  it('openapi bundle > openapi-typescript turns each bundle into TypeScript that compiles', async () => {
    const sources = new Map<string, string>();
    for (const provider of ['kustom', 'kushki']) {
      sources.set(`${provider}.ts`, astToString(await openapiTS(JSON.stringify(await bundled(provider)), { silent: true })));
    }
    for (const source of sources.values()) expect(source).toContain('export interface webhooks');
    const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, types: [] };
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version) => {
      const source = sources.get(name);
      return source === undefined ? read(name, version) : ts.createSourceFile(name, source, version);
    };
    const program = ts.createProgram([...sources.keys()], options, host);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 30_000);

  it('openapi bundle > every rule redocly.yaml turns off has its reason written above it', () => {
    const lines = readFileSync(join(REPO_ROOT, 'redocly.yaml'), 'utf8').split('\n');
    const off = lines.flatMap((line, i) => (/^\s+[\w-]+:\s*off\s*$/.test(line) ? [i] : []));
    for (const i of off) expect(lines[i - 1], `${lines[i]} needs a reason`).toMatch(/^\s+#/);
    expect(off.length).toBeLessThanOrEqual(1);
  });
});
