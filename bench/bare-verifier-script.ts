/**
 * The conformance baseline: the bare Pact verifier (`new Verifier().verifyProvider()` from
 * `@pact-foundation/pact`) on hookproof's pact files, as a user would run it, in a process of its own.
 *
 * The bare verifier cannot sign, and the example receiver refuses unsigned deliveries with 401. So
 * that both runs do the same work (every interaction acknowledged with 200), the baseline signs in a
 * `requestFilter` over `JSON.stringify(req.body)`, the bytes Pact's proxy forwards, with `node:crypto`
 * (not hookproof, whose import would slow the baseline down).
 *
 * The script is plain JavaScript run with `node --input-type=module -e`: running it through tsx would
 * add the TypeScript loader's start-up to the baseline.
 */

export interface BareVerifierInput {
  /** The receiver's base URL; the pact files' paths (`/webhooks/kustom`, `/webhooks/kushki`) are appended. */
  url: string;
  pactFiles: string[];
  secrets: { kushki: string; kustom: string };
}

/** The baseline's source. It exits 0 when every interaction is verified. */
export function bareVerifierScript(input: BareVerifierInput): string {
  return `
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Verifier } from '@pact-foundation/pact';
const input = ${JSON.stringify(input)};
const kustomKey = Buffer.from(input.secrets.kustom.replace(/^whsec_/, ''), 'base64');
const hmac = (key, text, encoding) => createHmac('sha256', key).update(text).digest(encoding);
function sign(path, body) {
  if (path.endsWith('/kushki')) {
    const id = String(Date.now());
    const key = JSON.parse(body).publicMerchantId;
    return { 'x-kushki-key': key, 'x-kushki-id': id, 'x-kushki-signature': hmac(input.secrets.kushki, body + '.' + id, 'hex'), 'x-kushki-simplesignature': hmac(input.secrets.kushki, id, 'hex') };
  }
  const id = 'msg_' + randomUUID().replaceAll('-', '');
  const timestamp = String(Math.floor(Date.now() / 1000));
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': 'v1,' + hmac(kustomKey, id + '.' + timestamp + '.' + body, 'base64') };
}
const noState = { setup: async () => {}, teardown: async () => {} };
const states = Object.fromEntries(
  input.pactFiles.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')).interactions.flatMap((i) => (i.providerStates ?? []).map((s) => [s.name, noState]))),
);
await new Verifier({
  providerBaseUrl: input.url,
  pactUrls: input.pactFiles,
  stateHandlers: states,
  logLevel: 'error',
  requestFilter: (req, _res, next) => {
    Object.assign(req.headers, sign(req.path, JSON.stringify(req.body)));
    next();
  },
})
  .verifyProvider()
  .then(() => process.exit(0), (error) => { console.error(String(error).slice(0, 2000)); process.exit(1); });
`;
}
