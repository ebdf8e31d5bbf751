/**
 * HTTP Basic authentication as the Kustom API requires it, with no Node-only module (`atob`,
 * `TextDecoder`), so the handlers also run in a browser or a service worker.
 */

/** The Kustom API username and password (API key) of a merchant. */
export interface BasicCredentials {
  username: string;
  password: string;
}

/**
 * The credentials of an `Authorization: Basic ...` header, or `null` when it is missing or malformed.
 *
 * @example
 * parseBasicAuth('Basic dXNlcjpwYXNz'); // { username: 'user', password: 'pass' }
 */
export function parseBasicAuth(header: string | null): BasicCredentials | null {
  const match = /^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(match[1]), (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * The `Authorization` header value for `credentials`.
 *
 * @example
 * fetch(url, { headers: { Authorization: basicAuthHeader({ username: 'K123', password: 'secret' }) } });
 */
export function basicAuthHeader(credentials: BasicCredentials): string {
  const bytes = new TextEncoder().encode(`${credentials.username}:${credentials.password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/** Whether the header carries exactly `expected`. */
export function isAuthorized(header: string | null, expected: BasicCredentials): boolean {
  const given = parseBasicAuth(header);
  return given !== null && given.username === expected.username && given.password === expected.password;
}
