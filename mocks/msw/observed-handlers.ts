/**
 * The observing edge of the Kustom API mock: one MSW handler per base URL in front of the real
 * handlers. It writes every call to the journal, applies the faults queued for the call's order, and
 * otherwise hands the request to the Order Management and IPP handlers unchanged (via MSW's
 * `getResponse`), so the rules stay in one place.
 */
import { getResponse, type HttpHandler, HttpResponse, http } from 'msw';
import { classifyCall, type KustomMockCall } from './call-journal.js';
import type { FaultBook } from './order-faults.js';

/** Where the edge writes what it saw, and the faults it applies. */
export interface Observation {
  readonly calls: KustomMockCall[];
  readonly faults: FaultBook;
  /** A new correlation id for an injected error. */
  correlationId(): string;
}

/** The journal keeps the latest calls only, so a long-running `hookproof mock` does not grow without bound. */
export const MAX_JOURNAL = 10_000;
let sequence = 0;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One handler answering everything under `baseUrl` with `inner`, observed and faulted.
 *
 * @example
 * const handlers = observedHandlers('https://api.kustom.co', [...orderManagement, ...ipp], observation);
 */
export function observedHandlers(baseUrl: string, inner: HttpHandler[], observation: Observation): HttpHandler[] {
  return [
    http.all(`${baseUrl}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const { orderId, kind } = classifyCall(request.method, url.pathname);
      const call: KustomMockCall = {
        seq: ++sequence,
        at: Date.now(),
        method: request.method,
        path: url.pathname + url.search,
        orderId,
        kind,
        headers: Object.fromEntries(request.headers),
        body: await request.clone().text(),
        status: null,
        fault: null,
      };
      const fault = orderId === null ? null : observation.faults.take(orderId, kind, request.method);
      if (fault) call.fault = fault.kind;
      record(observation, call);
      if (fault?.kind === 'status') {
        call.status = fault.status ?? 503;
        const body = {
          error_code: 'INJECTED_FAULT',
          error_messages: [`hookproof mock: a fault was injected into this call (${call.status}); it was not carried out.`],
          correlation_id: observation.correlationId(),
        };
        return HttpResponse.json(body, { status: call.status });
      }
      if (fault?.kind === 'delay') await sleep(fault.ms);
      const response = await getResponse(inner, request);
      if (!response) {
        // Not a Kustom API route: out of the journal, and MSW treats it as unhandled.
        observation.calls.splice(observation.calls.indexOf(call), 1);
        return undefined;
      }
      if (fault?.kind === 'lost') return Response.error();
      call.status = response.status;
      return response;
    }),
  ];
}

function record(observation: Observation, call: KustomMockCall): void {
  observation.calls.push(call);
  if (observation.calls.length > MAX_JOURNAL) observation.calls.splice(0, observation.calls.length - MAX_JOURNAL);
}
