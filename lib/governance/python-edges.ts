import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectOf } from './layers';
import type { WorkspaceConfig } from './workspace-config';

export type Edge = { line: number; target: string; via: string };

const IMPORT =
  /^\s*(?:from\s+([A-Za-z_][\w.]*)\s+import\b|import\s+([A-Za-z_][\w.]*(?:\s*(?:as\s+\w+)?\s*,\s*[A-Za-z_][\w.]*)*))/;

/** Top-level Python module names each project provides (a package folder or module file, at the root or under src/). */
function providers(root: string, config: WorkspaceConfig, name: string): string[] {
  const found: string[] = [];
  for (const { projects } of Object.values(config.brands)) {
    for (const project of projects) {
      for (const base of [project, `${project}/src`]) {
        const dir = path.join(root, base);
        if (
          existsSync(path.join(dir, name, '__init__.py')) ||
          existsSync(path.join(dir, `${name}.py`)) ||
          existsSync(path.join(dir, name))
        ) {
          found.push(`${base}/${name}`);
        }
      }
    }
  }
  return found;
}

/** Absolute imports that resolve to another project's module; relative imports stay inside the project. */
export function pythonEdges(root: string, file: string, text: string, config: WorkspaceConfig): Edge[] {
  const own = projectOf(file, config)?.project;
  const edges: Edge[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    const match = IMPORT.exec(line);
    if (!match) continue;
    const modules = match[1] ? [match[1]] : (match[2] ?? '').split(',').map((m) => m.trim().split(/\s+/)[0] as string);
    for (const mod of modules) {
      const top = mod.split('.')[0] as string;
      const targets = providers(root, config, top);
      if (own && targets.some((t) => t.startsWith(`${own}/`))) continue;
      for (const target of targets) edges.push({ line: index + 1, target, via: `python import ${mod}` });
    }
  }
  return edges;
}
