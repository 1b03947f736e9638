import { layerOf, projectOf } from './layers';
import type { Violation } from './violation';
import type { WorkspaceConfig } from './workspace-config';

/**
 * The two reference rules for one edge from `file` to the workspace path `target`: live layers must
 * not depend on _experiments, and a brand's project must not reach into another brand's project.
 */
export function referenceViolations(
  file: string,
  line: number,
  target: string,
  config: WorkspaceConfig,
  via: string,
): Violation[] {
  const out: Violation[] = [];
  const fromLayer = layerOf(file);
  const toLayer = layerOf(target);
  if ((fromLayer === '_active' || fromLayer === '_foundation') && toLayer === '_experiments') {
    out.push({
      rule: 'references-experiments',
      file,
      line,
      message: `${file} (${fromLayer}) references ${target} in _experiments (${via}).`,
    });
  }
  const from = projectOf(file, config);
  const to = projectOf(target, config);
  if (from && to && from.brand !== to.brand) {
    out.push({
      rule: 'cross-brand-reference',
      file,
      line,
      message: `${file} (brand ${from.brand}) references ${to.project} of brand ${to.brand}.`,
    });
  }
  return out;
}

export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}
