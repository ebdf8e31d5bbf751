/** A validation problem, located by a JSON Pointer into the payload. */
export interface ParseIssue {
  /** JSON Pointer (RFC 6901) to the offending value: `/amount/iva`, `/ticketNumber`, or `` for the whole body. */
  path: string;
  /** What is wrong, in plain words: `is required`, `must be string`. */
  message: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `const`, ...), or hookproof's own check (`json`, `variant`). */
  keyword: string;
  /** Where the provider's documents and its wire format disagree, what the provider really sends. */
  hint?: string;
}

/** Escapes one property name as a JSON Pointer segment. */
export function pointerSegment(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Appends property names to a JSON Pointer. */
export function joinPointer(base: string, ...names: string[]): string {
  return base + names.map((n) => `/${pointerSegment(n)}`).join('');
}
