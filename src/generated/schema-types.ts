// Generated from schemas/ with json-schema-to-typescript by `npm run generate`: do not edit.
/**
 * Kushki's ticket number for the transaction, a string of digits (16 digits for transfer and cash, 18 in the card example).
 */
export type KushkiTicketNumber = string;
/**
 * The products of the smart link. The field table says "object"; every example sends an array of product objects. Both are accepted; `parseWebhook` presents it as an array, the examples' reading.
 */
export type KushkiProducts = KushkiProduct[];
/**
 * Kushki's reference of the transaction (UUID).
 */
export type KushkiTransactionReference = string;
/**
 * When the transaction was created. The field table says "number (Unix Timestamp Format)", which usually means seconds; every example carries milliseconds (`1678902932120`). Both are accepted; `parseWebhook` presents milliseconds (a value below 10^12 is read as seconds and multiplied by 1000).
 */
export type KushkiCreated = number;
/**
 * Id of the Payment Button smart link the payment was made through.
 */
export type KushkiSmartLink = string;
/**
 * The payment token Kushki issued for the transaction (32 lowercase hex characters).
 */
export type KushkiToken = string;
/**
 * The merchant's public credential id (32 lowercase hex characters).
 */
export type KushkiPublicMerchantId = string;
/**
 * The merchant's Kushki id (20 digits in every example).
 */
export type KushkiMerchantId = string;
/**
 * Whether the metadata was synchronised. The field table says "boolean"; every example sends the string `"true"` or `"false"`. Both are accepted; `parseWebhook` presents it as the string, the examples' reading.
 */
export type KushkiSyncMetadata = 'true' | 'false';
/**
 * Id of the transaction (UUID). Deduplicate deliveries on it: Kushki's general webhook documentation (not the Payment Button page) warns that a notification may rarely arrive twice.
 */
export type KushkiTransactionId = string;
/**
 * Unique id of the event: `kevt_` followed by base62 characters (22 in every documented example). Deduplicating deliveries on it is hookproof's advice, not a promise of the document: the IPP page says nothing about retries or whether a redelivery keeps its id.
 */
export type KustomEventId = string;
/**
 * The Kustom merchant (account) the event belongs to.
 */
export type KustomMerchantId = string;
/**
 * When the event happened. Both documented examples carry RFC 3339 in UTC with nine fractional digits (`2026-06-05T18:37:41.232733416Z`); the document states no format. Keep it as a string: a JavaScript `Date` keeps milliseconds only and would lose the last six digits.
 */
export type KustomTimestamp = string;
/**
 * The event type. "All In-Person Payments events are prefixed with ipp. so you can distinguish them from other Kustom webhooks routed to the same endpoint" (Kustom, Receive Callbacks). The other types (`order.created`, `capture.created`, `refund.created`, `dispute.created`, `dispute.updated`, `ipp.payment.failed`) come from Kustom's general webhook documentation, not from the IPP page.
 */
export type KustomEventType = string;
/**
 * The In-Person Payments session (UUID) the event is about; the same on every event of one session's lifecycle.
 */
export type KustomIppSessionId = string;
/**
 * "The order_id is the UUID of the order created in Kustom Order Management. Store this — you'll use it to capture, refund, or cancel the payment." (Kustom, Receive Callbacks)
 */
export type KustomOrderId = string;
/**
 * Every documented example sends `null`, and the document never describes another value. It says: "Payment failures are handled on the device. No action is needed from your backend."
 */
export type KustomIppFailureReason = string | null;

/**
 * The card payment was approved: fulfil the order identified by `smartLink`/`transactionReference`.
 */
export interface KushkiCardApproved {
  ticketNumber: KushkiTicketNumber;
  amount: KushkiAmount;
  metadata: KushkiMetadata;
  product: KushkiProducts;
  /**
   * Kushki's response code for a declined transaction (`017`).
   */
  code?: string;
  transactionReference: KushkiTransactionReference;
  created: KushkiCreated;
  smartLink: KushkiSmartLink;
  /**
   * Human-readable reason for a declined transaction, in Spanish (`Transacción declinada.`).
   */
  message?: string;
  contactDetails: KushkiCardContactDetails;
  token: KushkiToken;
  publicMerchantId: KushkiPublicMerchantId;
  /**
   * Always `SALE` for Payment Button card payments.
   */
  transactionType: 'SALE';
  merchantId: KushkiMerchantId;
  /**
   * `creditCard` for card payments.
   */
  paymentMethod: 'creditCard';
  syncMetadata: KushkiSyncMetadata;
  id: KushkiTransactionId;
  /**
   * `approvedTransaction`.
   */
  status: 'approvedTransaction';
}
/**
 * The amounts of the transaction, broken down by tax, in the currency's major unit as a JSON number.
 */
export interface KushkiAmount {
  /**
   * Subtotal of the items that carry no IVA (VAT).
   */
  subtotalIva0: number;
  /**
   * IVA (VAT) amount.
   */
  iva: number;
  /**
   * Subtotal of the items that carry IVA.
   */
  subtotalIva: number;
  /**
   * ISO 4217 currency code (`USD`, `MXN`, `CLP`, ...).
   */
  currency: string;
}
/**
 * Merchant metadata attached to the smart link; often empty.
 */
export interface KushkiMetadata {
  [k: string]: unknown | undefined;
}
/**
 * One product of the smart link.
 */
export interface KushkiProduct {
  /**
   * Price of one unit.
   */
  unitPrice: number;
  /**
   * Number of units.
   */
  quantity: number;
  name: string;
  description?: string;
}
/**
 * Contact details of a card payment: an email only.
 */
export interface KushkiCardContactDetails {
  email: string;
}
/**
 * The card payment was declined. `code` and `message` say why (`017`, "Transacción declinada."). No `ticketNumber` is sent.
 */
export interface KushkiCardDeclined {
  ticketNumber?: KushkiTicketNumber;
  amount: KushkiAmount;
  metadata: KushkiMetadata;
  product: KushkiProducts;
  /**
   * Kushki's response code for a declined transaction (`017`).
   */
  code: string;
  transactionReference: KushkiTransactionReference;
  created: KushkiCreated;
  smartLink: KushkiSmartLink;
  /**
   * Human-readable reason for a declined transaction, in Spanish (`Transacción declinada.`).
   */
  message: string;
  contactDetails: KushkiCardContactDetails;
  token: KushkiToken;
  publicMerchantId: KushkiPublicMerchantId;
  /**
   * Always `SALE` for Payment Button card payments.
   */
  transactionType: 'SALE';
  merchantId: KushkiMerchantId;
  /**
   * `creditCard` for card payments.
   */
  paymentMethod: 'creditCard';
  syncMetadata: KushkiSyncMetadata;
  id: KushkiTransactionId;
  /**
   * `declinedTransaction`.
   */
  status: 'declinedTransaction';
}
/**
 * The cash payment was collected.
 */
export interface KushkiCashApproved {
  ticketNumber: KushkiTicketNumber;
  amount: KushkiAmount;
  metadata: KushkiCashMetadata;
  product: KushkiProducts;
  transactionReference: KushkiTransactionReference;
  created: KushkiCreated;
  smartLink: KushkiSmartLink;
  contactDetails: KushkiPersonContactDetails;
  token: KushkiToken;
  publicMerchantId: KushkiPublicMerchantId;
  /**
   * URL of the voucher (receipt) PDF.
   */
  pdfUrl: string;
  /**
   * The voucher PIN the payer takes to a collection point.
   */
  pin: string;
  merchantId: KushkiMerchantId;
  /**
   * `cash` for cash payments.
   */
  paymentMethod: 'cash';
  syncMetadata: KushkiSyncMetadata;
  id: KushkiTransactionId;
  /**
   * `approvedTransaction`.
   */
  status: 'approvedTransaction';
}
/**
 * Metadata of a cash payment. The cash examples carry `firstTime`, a string (`"0"`) whose meaning Kushki does not document.
 */
export interface KushkiCashMetadata {
  firstTime?: string;
  [k: string]: unknown | undefined;
}
/**
 * Contact details of a wire transfer or cash payment: names and email, and the identity document when the payer gave one.
 */
export interface KushkiPersonContactDetails {
  firstName: string;
  lastName: string;
  /**
   * Identity document type, such as `CC`.
   */
  documentType?: string;
  documentNumber?: string;
  email: string;
}
/**
 * The cash voucher expired unpaid: release the goods reserved for it.
 */
export interface KushkiCashExpired {
  ticketNumber: KushkiTicketNumber;
  amount: KushkiAmount;
  metadata: KushkiCashMetadata;
  product: KushkiProducts;
  transactionReference: KushkiTransactionReference;
  created: KushkiCreated;
  smartLink: KushkiSmartLink;
  contactDetails: KushkiPersonContactDetails;
  token: KushkiToken;
  publicMerchantId: KushkiPublicMerchantId;
  /**
   * URL of the voucher (receipt) PDF.
   */
  pdfUrl: string;
  /**
   * The voucher PIN the payer takes to a collection point.
   */
  pin: string;
  merchantId: KushkiMerchantId;
  /**
   * `cash` for cash payments.
   */
  paymentMethod: 'cash';
  syncMetadata: KushkiSyncMetadata;
  id: KushkiTransactionId;
  /**
   * `expiredTransaction`.
   */
  status: 'expiredTransaction';
}
/**
 * Fields shared by the Kushki Payment Button webhooks (card, wire transfer and cash payments).
 */
export interface KushkiDefinitions {
  [k: string]: unknown | undefined;
}
/**
 * The wire transfer was approved; `trazabilityCode` is the bank's traceability code.
 */
export interface KushkiTransferApproved {
  ticketNumber: KushkiTicketNumber;
  amount: KushkiAmount;
  metadata: KushkiMetadata;
  product: KushkiProducts;
  /**
   * The bank agent URL the payer was sent to.
   */
  redirectUrl: string;
  transactionReference: KushkiTransactionReference;
  created: KushkiCreated;
  smartLink: KushkiSmartLink;
  contactDetails: KushkiPersonContactDetails;
  token: KushkiToken;
  publicMerchantId: KushkiPublicMerchantId;
  merchantId: KushkiMerchantId;
  /**
   * `transfer` for wire transfer payments.
   */
  paymentMethod: 'transfer';
  syncMetadata: KushkiSyncMetadata;
  id: KushkiTransactionId;
  /**
   * The bank's traceability code of the transfer (spelled `trazabilityCode` by Kushki).
   */
  trazabilityCode: string;
  /**
   * `approvedTransaction`.
   */
  status: 'approvedTransaction';
}
/**
 * The wire transfer was declined. No `ticketNumber` and no `trazabilityCode` are sent.
 */
export interface KushkiTransferDeclined {
  ticketNumber?: KushkiTicketNumber;
  amount: KushkiAmount;
  metadata: KushkiMetadata;
  product: KushkiProducts;
  /**
   * The bank agent URL the payer was sent to.
   */
  redirectUrl: string;
  transactionReference: KushkiTransactionReference;
  created: KushkiCreated;
  smartLink: KushkiSmartLink;
  contactDetails: KushkiPersonContactDetails;
  token: KushkiToken;
  publicMerchantId: KushkiPublicMerchantId;
  merchantId: KushkiMerchantId;
  /**
   * `transfer` for wire transfer payments.
   */
  paymentMethod: 'transfer';
  syncMetadata: KushkiSyncMetadata;
  id: KushkiTransactionId;
  /**
   * The bank's traceability code of the transfer (spelled `trazabilityCode` by Kushki).
   */
  trazabilityCode?: string;
  /**
   * `declinedTransaction`.
   */
  status: 'declinedTransaction';
}
/**
 * The envelope every Kustom webhook shares, In-Person Payments callbacks and the other Kustom events routed to the same endpoint alike: an event id, the merchant, an RFC 3339 timestamp, the event type and a slim `data` object. Receivers fetch details from the Kustom API.
 */
export interface KustomWebhookEnvelope {
  id: KustomEventId;
  merchant_id: KustomMerchantId;
  timestamp: KustomTimestamp;
  type: KustomEventType;
  data: {};
}
/**
 * The clerk chose a payment method on the device; the customer is paying. No order exists yet.
 */
export interface KustomIppSessionActivated {
  id: KustomEventId;
  merchant_id: KustomMerchantId;
  timestamp: KustomTimestamp;
  type: 'ipp.session.activated';
  data: KustomIppSessionActivatedData;
}
export interface KustomIppSessionActivatedData {
  session_id: KustomIppSessionId;
  /**
   * Always `null` before `ipp.session.finalized`: no order exists yet.
   */
  order_id: string | null;
  failure_reason: KustomIppFailureReason;
}
/**
 * Terminal. The session was cancelled (by the clerk on the device or by the merchant backend through `PUT /ipp/v1/sessions/{id}/cancel`); no order was created.
 */
export interface KustomIppSessionCancelled {
  id: KustomEventId;
  merchant_id: KustomMerchantId;
  timestamp: KustomTimestamp;
  type: 'ipp.session.cancelled';
  data: KustomIppSessionCancelledData;
}
export interface KustomIppSessionCancelledData {
  session_id: KustomIppSessionId;
  /**
   * Always `null` before `ipp.session.finalized`: no order exists yet and none will for a cancelled session.
   */
  order_id: string | null;
  failure_reason: KustomIppFailureReason;
}
/**
 * The session exists and the device has been asked to start it. Nothing to do yet: keep the `session_id` and wait for `activated`.
 */
export interface KustomIppSessionCreated {
  id: KustomEventId;
  merchant_id: KustomMerchantId;
  timestamp: KustomTimestamp;
  type: 'ipp.session.created';
  data: KustomIppSessionCreatedData;
}
export interface KustomIppSessionCreatedData {
  session_id: KustomIppSessionId;
  /**
   * Always `null` before `ipp.session.finalized`: no order exists yet.
   */
  order_id: string | null;
  failure_reason: KustomIppFailureReason;
}
/**
 * Terminal. The payment was collected and an order exists in Kustom Order Management under `data.order_id`: store it to capture, refund or cancel the payment.
 */
export interface KustomIppSessionFinalized {
  id: KustomEventId;
  merchant_id: KustomMerchantId;
  timestamp: KustomTimestamp;
  type: 'ipp.session.finalized';
  data: KustomIppSessionFinalizedData;
}
export interface KustomIppSessionFinalizedData {
  session_id: KustomIppSessionId;
  order_id: KustomOrderId;
  failure_reason: KustomIppFailureReason;
}
/**
 * A Kustom webhook that is not an In-Person Payments session event, delivered to the same endpoint ("other Kustom webhooks routed to the same endpoint", Kustom, Receive Callbacks): `order.created`, `capture.created`, `refund.created`, `dispute.created`, `dispute.updated`, `ipp.payment.failed`, or a type no document names (a new `ipp.*` event, accepted with a warning, refused under strict). Not part of the variant catalogue: a receiver must still acknowledge it ("must respond 200 to acknowledge each event") and may ignore it. That Kustom retries a delivery answered with a non-2xx comes from Kustom's general webhook documentation, not from the IPP page.
 */
export interface KustomOtherEvent {
  id: KustomEventId;
  merchant_id: KustomMerchantId;
  timestamp: KustomTimestamp;
  type: KustomEventType;
  data: {};
}
