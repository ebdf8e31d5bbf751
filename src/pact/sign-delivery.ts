/** Signs a body for one provider, the way that provider does, returning the headers to send. */
import type { Provider } from '../catalogue/variant-catalogue.js';
import { signKushki } from '../signatures/kushki-signature.js';
import type { KustomSecret } from '../signatures/kustom-secret.js';
import { signKustom } from '../signatures/kustom-signature.js';

export interface SignDeliveryOptions {
  provider: Provider;
  body: string;
  secrets: { kustom: KustomSecret | readonly KustomSecret[]; kushki: string };
  /** Kustom `webhook-id` (the same for a duplicate delivery of one message). */
  messageId?: string | undefined;
  /** The signing time; default now. */
  at?: Date | undefined;
}

export async function signDelivery(options: SignDeliveryOptions): Promise<Record<string, string>> {
  const at = options.at ?? new Date();
  if (options.provider === 'kushki') {
    return { ...(await signKushki({ body: options.body, secret: options.secrets.kushki, id: at.getTime() })) };
  }
  return signKustom({
    body: options.body,
    secrets: options.secrets.kustom,
    timestamp: at,
    ...(options.messageId ? { id: options.messageId } : {}),
  });
}
