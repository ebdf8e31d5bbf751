/** Where the benchmarks find the repository and the built CLI (`npm run bench` builds first). */
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const CLI = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
