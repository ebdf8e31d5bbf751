/**
 * MSW handlers of the Kustom In-Person Payments API: start a session on a device, cancel it.
 *
 * @see https://docs.kustom.co (In-Person Payments API)
 */
import { type HttpHandler, http } from 'msw';
import { checkIppSessionRequest } from './ipp-session-request.js';
import type { IppSessionService } from './ipp-session-service.js';
import { apiError } from './kustom-api-errors.js';
import { errorResponse, type HandlerContext, readJsonObject, toResponse, unauthorized } from './mock-http.js';

/**
 * The IPP handlers for one base URL.
 *
 * @example
 * const handlers = ippHandlers('https://api.kustom.co', context, sessions);
 */
export function ippHandlers(baseUrl: string, context: HandlerContext, sessions: IppSessionService): HttpHandler[] {
  return [
    http.post(`${baseUrl}/ipp/v1/sessions`, async ({ request }) => {
      const denied = unauthorized(context, request);
      if (denied) return toResponse(denied);
      const locationId = new URL(request.url).searchParams.get('location_id');
      const body = await readJsonObject(request);
      if (!body.ok) return toResponse(errorResponse(context, body.error));
      if (!locationId) return toResponse(errorResponse(context, apiError('BAD_VALUE', 'The query parameter location_id is required.')));
      const checked = checkIppSessionRequest(body.value);
      if (!checked.ok) return toResponse(errorResponse(context, checked.error));
      return toResponse({ status: 201, body: sessions.create(checked.value, locationId), headers: {} });
    }),
    http.put<{ session_id: string }>(`${baseUrl}/ipp/v1/sessions/:session_id/cancel`, ({ request, params }) => {
      const denied = unauthorized(context, request);
      if (denied) return toResponse(denied);
      const result = sessions.cancel(params.session_id);
      return toResponse(result.ok ? { status: 200, body: result.session, headers: {} } : errorResponse(context, result.error));
    }),
  ];
}
