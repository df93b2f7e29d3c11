import type { Tree } from '@nx/devkit';
import { join } from 'node:path';

/** A file of the tree as text; fails with its path when it is missing. */
export function readText(tree: Tree, path: string): string {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} is missing`);
  return text;
}

/** `import { name } from 'module'`, merged into an existing import of that module or added after the others. */
export function withImport(source: string, module: string, name: string): string {
  const existing = new RegExp(
    `import \\{([^}]*)\\} from '${module.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}';`,
  );
  const match = existing.exec(source);
  if (match) {
    const imported = (match[1] ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    if (imported.includes(name)) return source;
    return source.replace(existing, `import { ${[...imported, name].sort().join(', ')} } from '${module}';`);
  }
  const line = `import { ${name} } from '${module}';\n`;
  const lastImport = [...source.matchAll(/^import [^;]+;\n/gm)].at(-1);
  if (!lastImport) return line + (source.startsWith('\n') ? '' : '\n') + source;
  const end = lastImport.index + lastImport[0].length;
  return source.slice(0, end) + line + source.slice(end);
}

/** A barrel with `export * from '<path>'` (kept in order), unless it has it already. */
export function withReExport(source: string, path: string): string {
  const line = `export * from '${path}';`;
  if (source.includes(line)) return source;
  const lines = source.split('\n').filter((entry, index, all) => entry !== '' || index < all.length - 1);
  if (lines.includes('export {};')) lines.splice(lines.indexOf('export {};'), 1);
  const exports = lines.filter((entry) => entry.startsWith('export * from '));
  const before = exports.find((entry) => entry > line);
  lines.splice(before ? lines.indexOf(before) : lines.length, 0, line);
  return `${lines.join('\n')}\n`;
}

/**
 * Runs prettier (the workspace's settings) over the files the generator created and the `edited` ones.
 * Not `formatFiles`: it would also reformat the shared files a generator edits (tsconfig.base.json,
 * eslint.config.mjs), which are not prettier-formatted, into diffs nobody asked for.
 */
export async function formatSources(tree: Tree, edited: readonly string[] = []): Promise<void> {
  const prettier = await usablePrettier();
  if (!prettier) return;
  const created = tree
    .listChanges()
    .filter((change) => change.type === 'CREATE')
    .map((change) => change.path);
  for (const path of new Set([...created, ...edited])) {
    if (!/\.(ts|json|mjs|cjs|js)$/.test(path)) continue;
    const options = (await prettier.resolveConfig(join(tree.root, path))) ?? {};
    tree.write(path, await prettier.format(readText(tree, path), { ...options, filepath: path }));
  }
}

/**
 * Prettier, unless it cannot run here: it loads its parsers with dynamic imports, which Jest refuses
 * without ESM support. There the files stay as generated, as with `formatFiles`.
 */
async function usablePrettier(): Promise<typeof import('prettier') | undefined> {
  try {
    const prettier = await import('prettier');
    await prettier.format('', { parser: 'typescript' });
    return prettier;
  } catch {
    return undefined;
  }
}
