/**
 * The Kustom API types the mock speaks, taken from the generated OpenAPI types (never redeclared).
 */
import type { components } from '../../src/generated/openapi/kustom.js';

type Schemas = components['schemas'];

/** An Order Management order. */
export type Order = Schemas['Order'];
/** The status of an order: `AUTHORIZED → PART_CAPTURED → CAPTURED`, or `CANCELLED`. */
export type OrderStatus = Schemas['OrderStatus'];
/** One line of an order. */
export type OrderLine = Schemas['OrderLine'];
/** A capture of (part of) an order. */
export type Capture = Schemas['Capture'];
/** The body of `POST .../captures`. */
export type CaptureRequest = Schemas['CaptureRequest'];
/** A refund of (part of) what was captured. */
export type Refund = Schemas['Refund'];
/** The body of `POST .../refunds`. */
export type RefundRequest = Schemas['RefundRequest'];
/** The body of every Kustom API error. */
export type ErrorMessage = Schemas['ErrorMessage'];
/** An In-Person Payments session, as the IPP API returns it. */
export type IppSession = Schemas['IppSession'];
/** The status of an IPP session. */
export type IppSessionStatus = Schemas['IppSessionStatus'];
/** The body of `POST /ipp/v1/sessions`. */
export type IppSessionRequest = Schemas['IppSessionRequest'];
/** One item of an IPP session. */
export type IppOrderItem = Schemas['IppOrderItem'];
