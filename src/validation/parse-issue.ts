/** A validation problem, located by a JSON Pointer into the payload. */
export interface ParseIssue {
  /** JSON Pointer (RFC 6901) to the offending value: `/amount/iva`, `/ticketNumber`, or `` for the whole body. */
  path: string;
  /** What is wrong, in plain words: `is required`, `must be string`. */
  message: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `const`, ...), or hookproof's own check (`json`, `variant`). */
  keyword: string;
  /** Where the provider's documents and its wire format disagree, what the provider really sends. */
  hint?: string | undefined;
}

/** Escapes one property name as a JSON Pointer segment. */
export function pointerSegment(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Appends property names to a JSON Pointer. */
export function joinPointer(base: string, ...names: string[]): string {
  return base + names.map((n) => `/${pointerSegment(n)}`).join('');
}

/** The value a JSON Pointer designates in a payload, or `undefined`. */
export function valueAtPointer(payload: unknown, pointer: string): unknown {
  let node = payload;
  for (const raw of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}
