// Imports every public entry by the package's name (self-reference, so the built declarations in
// dist/ are what is checked): type-checked with skipLibCheck false by test/declarations.test.ts.
import * as root from 'hookproof';
import * as fixtures from 'hookproof/fixtures';
import * as msw from 'hookproof/msw';
import * as pact from 'hookproof/pact';
import * as pactVitest from 'hookproof/pact/vitest';
import * as sender from 'hookproof/sender';

export const entries = { root, fixtures, sender, msw, pact, pactVitest };
