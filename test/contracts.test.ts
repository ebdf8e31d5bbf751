import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { variantsOf } from '../src/index.js';
import { REPO_ROOT } from './support/run-cli.js';

interface PactInteraction {
  type: string;
  description: string;
  providerStates: { name: string; params?: Record<string, string> }[];
  request: {
    method: string;
    path: string;
    headers: Record<string, string[]>;
    body: { content: unknown; contentType: string };
    matchingRules: { body: Record<string, { matchers: { match: string; regex?: string; min?: number }[] }> };
  };
  response: { status: number };
}
interface PactFile {
  consumer: { name: string };
  provider: { name: string };
  interactions: PactInteraction[];
  metadata: { pactSpecification: { version: string } };
}

const contract = (name: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'contracts', name), 'utf8')) as PactFile;

describe('contracts', () => {
  it('contracts > regenerating them reproduces contracts/ byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'hookproof-contracts-'));
    execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/generate-contracts.ts', '--out', out], {
      cwd: REPO_ROOT,
      env: { ...process.env, PACT_DO_NOT_TRACK: 'true' },
    });
    const names = readdirSync(join(REPO_ROOT, 'contracts')).sort();
    expect(readdirSync(out).sort()).toEqual(names);
    for (const name of names) {
      expect(
        readFileSync(join(out, name), 'utf8') === readFileSync(join(REPO_ROOT, 'contracts', name), 'utf8'),
        `${name} drifted: run npm run contracts`,
      ).toBe(true);
    }
  }, 60_000);

  it.each([
    ['kustom', 'kustom-webhooks-merchant-webhook-receiver.json', '/webhooks/kustom'],
    ['kushki', 'kushki-webhooks-merchant-webhook-receiver.json', '/webhooks/kushki'],
  ] as const)('contracts > %s: a Pact V4 file with one HTTP interaction per variant answering 200', (provider, file, path) => {
    const pact = contract(file);
    expect(pact.metadata.pactSpecification.version).toBe('4.0');
    expect(pact.consumer.name).toBe(`${provider}-webhooks`);
    expect(pact.provider.name).toBe('merchant-webhook-receiver');
    expect(pact.interactions.map((i) => i.description.split(':')[0]).sort()).toEqual(
      variantsOf(provider)
        .map((v) => v.id)
        .sort(),
    );
    for (const interaction of pact.interactions) {
      expect(interaction.type).toBe('Synchronous/HTTP');
      expect(interaction.request).toMatchObject({ method: 'POST', path, headers: { 'Content-Type': ['application/json'] } });
      expect(interaction.response.status).toBe(200);
      expect(interaction.providerStates).toHaveLength(1);
    }
  });

  it('contracts > bodies are the documented examples, with matchers derived from the schemas', () => {
    const kushki = contract('kushki-webhooks-merchant-webhook-receiver.json');
    const declined = kushki.interactions.find((i) => i.description.startsWith('kushki.card.declined:'))!;
    expect(declined.request.body.content).toMatchObject({ smartLink: 'WjPYmv_lz', syncMetadata: 'true', code: '017' });
    const rules = declined.request.matchingRules.body;
    expect(rules['$.id']?.matchers[0]).toMatchObject({ match: 'regex' });
    expect(rules['$.product']?.matchers[0]).toMatchObject({ match: 'type', min: 1 });
    expect(rules['$.product[*].quantity']?.matchers[0]).toMatchObject({ match: 'integer' });
    expect(rules['$.syncMetadata']?.matchers[0]).toMatchObject({ match: 'regex', regex: '^(true|false)$' });
    expect(rules['$.status']).toBeUndefined(); // discriminators stay literal
    expect(declined.providerStates[0]).toEqual({
      name: 'a Kushki smart link WjPYmv_lz exists',
      params: { smartLink: 'WjPYmv_lz', transactionReference: 'ad3059f0-2795-4058-8fe0-2d96faa0de77' },
    });

    const kustom = contract('kustom-webhooks-merchant-webhook-receiver.json');
    const finalized = kustom.interactions.find((i) => i.description.startsWith('kustom.ipp.session.finalized:'))!;
    expect(finalized.request.matchingRules.body['$.timestamp']?.matchers[0]?.regex).toContain('\\d{1,9}');
    expect(finalized.providerStates[0]).toEqual({
      name: 'an IPP session was finalized with an authorized order',
      params: { session_id: 'dc01aa86-fb99-4d05-97dc-e79a22650f9a', order_id: 'ccf4e76a-f56d-4d3a-abf9-f4fe941f0a1f' },
    });
  });
});
