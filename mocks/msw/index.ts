/**
 * hookproof/msw: MSW v2 handlers that mock the Kustom APIs a merchant calls back (Order Management,
 * In-Person Payments) with state, and emit the IPP callbacks to the merchant's receiver through the
 * hookproof sender. Runs wherever MSW runs: no Node-only module is imported here.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createKustomMock } from 'hookproof/msw';
 *
 * const kustom = createKustomMock({ credentials: { username: 'K1', password: 's3cret' } });
 * const server = setupServer(...kustom.handlers);
 */

export type { BasicCredentials } from './basic-auth.js';
export { basicAuthHeader } from './basic-auth.js';
export type { KustomMockCall } from './call-journal.js';
export type {
  AuthorizeOrderInput,
  CreateSessionOptions,
  KustomMock,
  KustomMockOptions,
  KustomMockOrders,
  KustomMockSessions,
} from './create-kustom-mock.js';
export { createKustomMock, kustomApiBaseUrls } from './create-kustom-mock.js';
export { IDEMPOTENCY_HEADER } from './idempotency-cache.js';
export type { SimulatedStep } from './ipp-session-service.js';
export { KustomMockError } from './ipp-session-service.js';
export type { KustomApiError, KustomErrorCode } from './kustom-api-errors.js';
export { kustomErrorCodes } from './kustom-api-errors.js';
export type {
  Capture,
  CaptureRequest,
  ErrorMessage,
  IppOrderItem,
  IppSession,
  IppSessionRequest,
  IppSessionStatus,
  Order,
  OrderLine,
  OrderStatus,
  Refund,
  RefundRequest,
} from './kustom-api-types.js';
export type { CallKind, FaultedOperation, OrderFault } from './order-faults.js';
export type { AuthorizeInput, LedgerContext, LedgerResult } from './order-ledger.js';
export { authorizeOrder, cancelOrder, captureOrder, refundOrder } from './order-ledger.js';
export type { KustomMockDelivery, KustomMockReceiver, RedeliveryOptions } from './webhook-emitter.js';
