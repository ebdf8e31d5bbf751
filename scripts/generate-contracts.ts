/**
 * `npm run contracts`: writes the Pact V4 contracts under `contracts/`, one file per provider, one HTTP
 * interaction per catalogue variant, through the real @pact-foundation/pact consumer API (each
 * interaction is exercised against Pact's mock server before it is written).
 *   --out <dir>             write elsewhere (the drift test compares a fresh run with contracts/)
 *   --provider-name <name>  the Pact provider (default: merchant-webhook-receiver)
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PactV4, SpecificationVersion } from '@pact-foundation/pact';
import { type Provider, type VariantEntry, variants } from '../src/catalogue/variant-catalogue.js';
import { createSchemaResolver } from '../src/docs/schema-resolver.js';
import { variantExamples } from '../src/generated/catalogue.js';
import {
  CONTRACT_PATHS,
  contractConsumer,
  contractFileName,
  DEFAULT_PACT_PROVIDER,
  providerStateOf,
} from '../src/pact/contract-conventions.js';
import { REPO_ROOT, readSchemaFiles } from './lib/schema-files.js';
import { matchersFor } from './lib/schema-matchers.js';

process.env.PACT_DO_NOT_TRACK ??= 'true';

async function writeContract(provider: Provider, dir: string, pactProvider: string): Promise<string> {
  const files = readSchemaFiles();
  const resolver = createSchemaResolver(files.map((f) => f.schema));
  const consumer = contractConsumer(provider);
  rmSync(join(dir, contractFileName(provider, pactProvider)), { force: true });
  const pact = new PactV4({
    consumer,
    provider: pactProvider,
    dir,
    logLevel: 'error',
    spec: SpecificationVersion.SPECIFICATION_VERSION_V4,
  });
  const path = CONTRACT_PATHS[provider];
  for (const entry of variants.filter((v): v is VariantEntry => v.provider === provider)) {
    const example = variantExamples.find((e) => e.variant === entry.id)?.payload;
    const file = files.find((f) => f.path === entry.schemaPath);
    if (!example || !file) throw new Error(`no example or schema for ${entry.id}`);
    const body = matchersFor(example, file.schema, file.schema.$id, resolver) as Record<string, unknown>;
    const state = providerStateOf(entry.id, example as Record<string, unknown>);
    await pact
      .addInteraction()
      .given(state.name, state.params)
      .uponReceiving(`${entry.id}: ${entry.trigger}`)
      .withRequest('POST', path, (builder) => {
        builder.headers({ 'Content-Type': 'application/json' }).jsonBody(body);
      })
      .willRespondWith(200)
      .executeTest(async (mockServer) => {
        const response = await fetch(`${mockServer.url}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(example),
        });
        if (response.status !== 200) throw new Error(`mock server answered ${response.status} for ${entry.id}`);
      });
  }
  return join(dir, contractFileName(provider, pactProvider));
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, 'provider-name': { type: 'string' } } });
  const dir = values.out ? resolve(values.out) : join(REPO_ROOT, 'contracts');
  mkdirSync(dir, { recursive: true });
  for (const provider of ['kustom', 'kushki'] as const) {
    const file = await writeContract(provider, dir, values['provider-name'] ?? DEFAULT_PACT_PROVIDER);
    console.log(`Wrote ${file.startsWith(REPO_ROOT) ? file.slice(REPO_ROOT.length) : file}`);
  }
}

await main();
