import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const fragmentName = /fragment\s+(\w+)\s+on\b/;
const spreads = /\.\.\.\s*(\w+)/g;

/** Every `.graphql` file under a folder, by path. */
const graphqlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql'))
    .map((entry) => path.join(entry.parentPath, entry.name));

/**
 * Reads one operation of `packages/graphql` with every fragment it uses
 * (also indirectly), as one document, so the benchmark sends exactly what
 * the portal sends.
 * @param packageDir the `packages/graphql` folder
 * @param operationFile path of the operation, relative to `operations/`
 */
export const loadOperation = (packageDir: string, operationFile: string): string => {
  const fragments = new Map<string, string>();
  for (const file of graphqlFiles(path.join(packageDir, 'fragments'))) {
    const text = readFileSync(file, 'utf8');
    const name = fragmentName.exec(text)?.[1];
    if (name) {
      fragments.set(name, text);
    }
  }
  const operation = readFileSync(path.join(packageDir, 'operations', operationFile), 'utf8');
  const used = new Set<string>();
  const visit = (text: string) => {
    for (const [, name] of text.matchAll(spreads)) {
      if (name && !used.has(name) && fragments.has(name)) {
        used.add(name);
        visit(fragments.get(name)!);
      }
    }
  };
  visit(operation);
  return [operation, ...[...used].map((name) => fragments.get(name)!)].join('\n');
};
