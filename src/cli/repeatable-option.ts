/** commander's argument parser for an option that may be given more than once: collects every value. */
export const repeatable = (value: string, previous: string[] = []): string[] => [...previous, value];
