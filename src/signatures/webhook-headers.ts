/** Reads request headers in whatever form a server hands them over, case-insensitively. */

/** Anything with a `get(name)` like the Fetch API's `Headers` (Hono, Next.js, Remix, undici, MSW). */
export interface HeadersLike {
  get(name: string): string | null;
}

/**
 * Request headers as a receiver has them: a Fetch `Headers`, Node's `IncomingHttpHeaders`
 * (`req.headers` in node:http, Express, Fastify) or a plain object with names in any case.
 *
 * @example
 * await verifyKushkiSignature({ body, headers: req.headers, secret }); // Express / node:http
 * await verifyKushkiSignature({ body, headers: request.headers, secret }); // Fetch Request
 * await verifyKushkiSignature({ body, headers: { 'X-Kushki-Id': '...', 'X-Kushki-Signature': '...' }, secret });
 */
export type WebhookHeaders = HeadersLike | Readonly<Record<string, string | readonly string[] | undefined>>;

function isHeadersLike(headers: WebhookHeaders): headers is HeadersLike {
  return typeof (headers as { get?: unknown }).get === 'function';
}

/**
 * Every value of header `name` (matched case-insensitively). A plain object may carry a header
 * under several spellings or as an array; a `Headers` object has already joined repeats with `, `.
 */
export function headerValues(headers: WebhookHeaders, name: string): string[] {
  const wanted = name.toLowerCase();
  if (isHeadersLike(headers)) {
    const value = headers.get(wanted);
    return value === null ? [] : [value];
  }
  const values: string[] = [];
  // A loop over the keys, not Object.entries: this runs for every header of every delivery.
  for (const key in headers) {
    if (key.length !== wanted.length || (key !== wanted && key.toLowerCase() !== wanted)) continue;
    const value = headers[key];
    if (value === undefined) continue;
    if (typeof value === 'string') values.push(value);
    else values.push(...value);
  }
  return values;
}

/** The single value of header `name`, trimmed; `undefined` when absent or empty. Repeats are joined with `, `. */
export function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  const values = headerValues(headers, name);
  if (values.length === 1) {
    const value = (values[0] as string).trim();
    return value === '' ? undefined : value;
  }
  const joined = values
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .join(', ');
  return joined === '' ? undefined : joined;
}
