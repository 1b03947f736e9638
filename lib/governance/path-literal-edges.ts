import path from 'node:path';
import type { Edge } from './python-edges';

const RELATIVE = /(?:^|[\s"'`(=:,[])((?:\.\.?\/)+[A-Za-z0-9_.@-][A-Za-z0-9_.@/-]*)/g;
const LAYER_ROOTED =
  /(?:^|[^A-Za-z0-9_./-])(?:\.\/)?((?:_governance|_foundation|_active|_archive|_experiments)\/[A-Za-z0-9_.-]+)/g;

/**
 * Paths written as text anywhere (compose volumes, scripts, configs, string literals): relative
 * ones resolve from the file's folder, layer-rooted ones ("_active/shop") from the workspace root.
 */
export function pathLiteralEdges(file: string, text: string): Edge[] {
  const edges: Edge[] = [];
  const dir = path.posix.dirname(file);
  for (const [index, line] of text.split('\n').entries()) {
    for (const match of line.matchAll(RELATIVE)) {
      const literal = match[1] as string;
      const target = path.posix.normalize(path.posix.join(dir, literal));
      if (!target.startsWith('..')) edges.push({ line: index + 1, target, via: `path "${literal}"` });
    }
    for (const match of line.matchAll(LAYER_ROOTED)) {
      edges.push({ line: index + 1, target: match[1] as string, via: `path "${match[1]}"` });
    }
  }
  return edges;
}
