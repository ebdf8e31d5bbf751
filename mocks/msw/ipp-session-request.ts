/**
 * Checks the body of `POST /ipp/v1/sessions` against the IPP API's request shape.
 */
import { apiError, type KustomApiError } from './kustom-api-errors.js';
import type { IppSessionRequest } from './kustom-api-types.js';

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const isString = (v: unknown): v is string => typeof v === 'string';

type Check = [field: string, valid: (v: unknown) => boolean, expected: string, required: boolean];

const sessionChecks: Check[] = [
  ['device_id', (v) => isString(v) && v.length > 0, 'a non-empty string', true],
  ['order_amount', (v) => isInt(v) && v > 0, 'a positive integer in minor units', true],
  ['purchase_currency', (v) => isString(v) && /^[A-Z]{3}$/.test(v), 'an ISO 4217 code such as "EUR"', true],
  ['purchase_started_at', (v) => isString(v) && !Number.isNaN(Date.parse(v)), 'an RFC 3339 date-time', false],
  ['order_tax_amount', (v) => isInt(v) && v >= 0, 'an integer in minor units', false],
  ['merchant_reference1', isString, 'a string', false],
  ['order_items', Array.isArray, 'an array', false],
];

const itemChecks: Check[] = [
  ['name', isString, 'a string', true],
  ['quantity', (v) => isInt(v) && v >= 1, 'a positive integer', true],
  ['unit_price', isInt, 'an integer in minor units', true],
  ['total_amount', isInt, 'an integer in minor units', true],
  ['reference', isString, 'a string', false],
  ['tax_rate', isInt, 'an integer', false],
  ['total_tax_amount', isInt, 'an integer in minor units', false],
];

function problems(value: Record<string, unknown>, checks: Check[], prefix: string): string[] {
  return checks.flatMap(([field, valid, expected, required]) => {
    const v = value[field];
    if (v === undefined) return required ? [`${prefix}${field} is required.`] : [];
    return valid(v) ? [] : [`${prefix}${field} must be ${expected}.`];
  });
}

/**
 * The request, or a `BAD_VALUE` error listing every problem.
 *
 * @example
 * checkIppSessionRequest({ device_id: 'd1', order_amount: 0, purchase_currency: 'EUR' }); // { ok: false, error }
 */
export function checkIppSessionRequest(
  body: Record<string, unknown>,
): { ok: true; value: IppSessionRequest } | { ok: false; error: KustomApiError } {
  const found = problems(body, sessionChecks, '');
  if (Array.isArray(body.order_items)) {
    body.order_items.forEach((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) found.push(`order_items[${i}] must be an object.`);
      else found.push(...problems(item as Record<string, unknown>, itemChecks, `order_items[${i}].`));
    });
  }
  if (found.length > 0) return { ok: false, error: apiError('BAD_VALUE', ...found) };
  return { ok: true, value: body as unknown as IppSessionRequest };
}
