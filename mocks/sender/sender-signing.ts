/** The secrets a sender signs with, and the provider headers of one attempt. */
import { kushkiKeyBytes, kushkiSignatureHeaders } from '../../src/signatures/kushki-signature.js';
import { type KustomSecret, kustomKey, secretList } from '../../src/signatures/kustom-secret.js';
import { type KustomSignatureScheme, kustomSignatureHeaders } from '../../src/signatures/kustom-signature.js';
import { testSecrets } from '../../src/signatures/test-secrets.js';
import type { PreparedWebhook } from './prepare-webhook.js';
import { WebhookSendError } from './webhook-send-error.js';

/**
 * The signing secrets, per provider. A plain string signs both providers' webhooks; omitted
 * providers fall back to `testSecrets`. Kustom takes a list during a rotation (one signature
 * entry per secret).
 *
 * @example
 * await sendAll({ target, secret: { kushki: 'kushki-secret', kustom: ['whsec_old...', 'whsec_new...'] } });
 */
export type SenderSecrets = string | { kushki?: string | Uint8Array; kustom?: KustomSecret | readonly KustomSecret[] };

/** How the sender signs each attempt. */
export interface SigningConfig {
  kushki: string | Uint8Array;
  kustom: KustomSecret | readonly KustomSecret[];
  kushkiKey: string | undefined;
  kustomScheme: Partial<KustomSignatureScheme> | undefined;
}

/** The signing headers of one attempt: signed now (synchronously), over the exact body bytes. */
export function signAttempt(webhook: PreparedWebhook, config: SigningConfig): Record<string, string> {
  if (webhook.provider === 'kushki') {
    return kushkiSignatureHeaders({ body: webhook.body, secret: config.kushki, key: config.kushkiKey ?? webhook.publicMerchantId });
  }
  return kustomSignatureHeaders({
    body: webhook.body,
    secrets: config.kustom,
    id: webhook.webhookId ?? undefined,
    scheme: config.kustomScheme,
  });
}

/** Resolves the secrets and checks them (as signing would), so a bad secret fails before anything is sent. */
export function signingConfig(
  secret: SenderSecrets | undefined,
  kushkiKey: string | undefined,
  kustomScheme: Partial<KustomSignatureScheme> | undefined,
): SigningConfig {
  const given = typeof secret === 'string' ? { kushki: secret, kustom: secret } : (secret ?? {});
  const config: SigningConfig = {
    kushki: given.kushki ?? testSecrets.kushki,
    kustom: given.kustom ?? testSecrets.kustom,
    kushkiKey,
    kustomScheme,
  };
  try {
    kushkiKeyBytes(config.kushki, 'signKushki');
    for (const secret of secretList(config.kustom, 'signKustom')) kustomKey(secret, 'signKustom');
  } catch (error) {
    throw new WebhookSendError('invalid-option', `secret: ${error instanceof Error ? error.message : String(error)}`);
  }
  return config;
}
