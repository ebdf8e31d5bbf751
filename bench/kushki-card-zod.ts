/**
 * The Kushki card payload (`kushki.card.approved`) as a hand-written zod schema: what a developer
 * might write instead of using hookproof. It mirrors `schemas/kushki/card-approved.schema.json`
 * (same required fields, patterns and formats; unknown fields are kept, as the JSON Schema allows).
 */
import { z } from 'zod';

const digits = /^[0-9]+$/;
const hex32 = /^[0-9a-f]{32}$/;

const amount = z.looseObject({
  subtotalIva0: z.number(),
  iva: z.number(),
  subtotalIva: z.number(),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

const product = z.looseObject({
  unitPrice: z.number(),
  quantity: z.int().min(0),
  name: z.string(),
  description: z.string().optional(),
});

/** `kushki.card.approved` in zod. */
export const kushkiCardApprovedZod = z.looseObject({
  ticketNumber: z.string().regex(digits),
  amount,
  metadata: z.record(z.string(), z.unknown()),
  product: z.array(product),
  code: z.string().optional(),
  transactionReference: z.uuid(),
  created: z.int().min(1_000_000_000_000),
  smartLink: z.string().min(1),
  message: z.string().optional(),
  contactDetails: z.looseObject({ email: z.email() }),
  token: z.string().regex(hex32),
  publicMerchantId: z.string().regex(hex32),
  transactionType: z.literal('SALE'),
  merchantId: z.string().regex(digits),
  paymentMethod: z.literal('creditCard'),
  syncMetadata: z.enum(['true', 'false']),
  id: z.uuid(),
  status: z.literal('approvedTransaction'),
});
