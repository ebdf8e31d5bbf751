/**
 * What the example receiver needs to know: its webhook secrets and paths, and how to reach Kustom
 * Order Management to capture finalized sessions.
 */
import type { KustomSecret } from 'hookproof';

/** How the receiver reaches Kustom Order Management. */
export interface OrderManagementConfig {
  /** `https://api.kustom.co`, or `https://api.playground.kustom.co` while testing. */
  baseUrl: string;
  /** The merchant's Kustom API credentials (Basic auth). */
  credentials: { username: string; password: string };
  /** The `fetch` to call it with. Default: the global `fetch` at call time (so MSW can intercept it). */
  fetch?: typeof fetch;
}

/** The receiver's configuration. */
export interface ReceiverConfig {
  kustom: {
    /** The endpoint's signing secret, or the old and the new one during a rotation. */
    secrets: KustomSecret | readonly KustomSecret[];
    /** Default `/webhooks/kustom`. */
    path?: string;
    /** How far `webhook-timestamp` may be from now, in seconds. Default 300. */
    toleranceSeconds?: number;
  };
  kushki: {
    /** The webhook signature secret. */
    secret: string;
    /** Default `/webhooks/kushki`. */
    path?: string;
  };
  /** Without it, finalized sessions are recorded as `skipped` instead of captured. */
  orderManagement?: OrderManagementConfig | null;
  /** The waits before each retry of a failed capture, in ms. Default 250, 1000, 4000. */
  captureRetryDelaysMs?: readonly number[];
  /** The receiver's clock, for signature timestamps. Default: now. */
  now?: () => Date;
}
