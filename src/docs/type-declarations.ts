/**
 * Cuts one type out of the generated `src/generated/schema-types.ts`, together with every type it
 * references from the same file, verbatim (JSDoc included). Parsing is TypeScript's own
 * (`ts.createSourceFile`), so the generated formatting never matters. Pure.
 */
import ts from 'typescript';

/** A type and the types it depends on, as source text. */
export interface TypeDeclarations {
  /** The declaration of the requested type, with its JSDoc. */
  main: string;
  /** The declarations it references, transitively, in first-reference order. */
  referenced: string[];
}

/** Thrown when the requested type is not declared in the source. */
export class TypeNotFoundError extends Error {
  override readonly name = 'TypeNotFoundError';
  constructor(readonly typeName: string) {
    super(`type ${typeName} is not declared in the generated types`);
  }
}

/**
 * The declaration of `typeName` and of the local types it references.
 *
 * @example
 * const { main, referenced } = typeDeclarations(readFileSync('src/generated/schema-types.ts', 'utf8'), 'KushkiCardDeclined');
 * main.includes('export interface KushkiCardDeclined'); // true
 * referenced.some((t) => t.includes('export interface KushkiAmount')); // true
 */
export function typeDeclarations(source: string, typeName: string): TypeDeclarations {
  const file = ts.createSourceFile('schema-types.ts', source, ts.ScriptTarget.Latest, true);
  const declarations = new Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration>();
  for (const statement of file.statements) {
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) declarations.set(statement.name.text, statement);
  }
  const root = declarations.get(typeName);
  if (!root) throw new TypeNotFoundError(typeName);

  const order: string[] = [typeName];
  for (let i = 0; i < order.length; i += 1) {
    const declaration = declarations.get(order[i] as string);
    if (!declaration) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
        const name = node.typeName.text;
        if (declarations.has(name) && !order.includes(name)) order.push(name);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(declaration, visit);
  }
  const textOf = (name: string): string => {
    const declaration = declarations.get(name) as ts.Node;
    return source.slice(declaration.getStart(file, true), declaration.getEnd());
  };
  return { main: textOf(typeName), referenced: order.slice(1).map(textOf) };
}
