/** The Pact contracts shipped with hookproof (`contracts/`), and what a contract file declares. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Provider } from '../catalogue/variant-catalogue.js';
import { packageRoot } from '../package-root.js';
import { contractFileName } from './contract-conventions.js';

/** The bundled contract of a provider. */
export function bundledContract(provider: Provider): string {
  return join(packageRoot(), 'contracts', contractFileName(provider));
}

export interface PactFile {
  consumer: { name: string };
  provider: { name: string };
  interactions: {
    description: string;
    providerStates?: { name: string }[] | undefined;
    request?: { path?: string; body?: { content?: unknown } } | undefined;
  }[];
}

export function readPactFile(path: string): PactFile {
  return JSON.parse(readFileSync(path, 'utf8')) as PactFile;
}

/** Every provider state name the contracts use. */
export function providerStatesIn(pacts: PactFile[]): string[] {
  const names = pacts.flatMap((pact) => pact.interactions.flatMap((i) => (i.providerStates ?? []).map((s) => s.name)));
  return [...new Set(names)].sort();
}
