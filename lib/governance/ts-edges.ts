import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lineOf } from './reference-target';
import type { Edge } from './python-edges';

export const SCRIPT_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

type CruiseModule = {
  source: string;
  dependencies: Array<{ module: string; resolved: string; couldNotResolve?: boolean }>;
};

/**
 * TypeScript/JavaScript import edges from dependency-cruiser's import graph (it resolves relative
 * paths, index files and extensions the way the bundlers do). Keys are workspace-relative files.
 */
export async function scriptEdges(root: string, files: string[]): Promise<Map<string, Edge[]>> {
  const edges = new Map<string, Edge[]>();
  if (files.length === 0) return edges;
  const { cruise } = await import('dependency-cruiser');
  const previous = process.cwd();
  process.chdir(root);
  let modules: CruiseModule[];
  try {
    const result = await cruise(files, {
      baseDir: root,
      doNotFollow: { path: 'node_modules' },
      maxDepth: 1,
      tsPreCompilationDeps: true,
      exclude: { path: 'node_modules' },
    } as never);
    const output = result.output as unknown as { modules: CruiseModule[] };
    modules = output.modules;
  } finally {
    process.chdir(previous);
  }
  const wanted = new Set(files);
  for (const mod of modules) {
    if (!wanted.has(mod.source)) continue;
    const text = readFileSync(path.join(root, mod.source), 'utf8');
    const list: Edge[] = [];
    for (const dep of mod.dependencies) {
      if (dep.couldNotResolve || dep.resolved.startsWith('node_modules') || dep.resolved.startsWith('..')) continue;
      list.push({ line: lineOf(text, dep.module), target: dep.resolved, via: `import "${dep.module}"` });
    }
    edges.set(mod.source, list);
  }
  return edges;
}
