/** The first line of every generated file. */
export function generatedHeader(source: string): string {
  return `// Generated from ${source} by \`npm run generate\`: do not edit.\n`;
}
