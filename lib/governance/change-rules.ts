import type { Change } from './collect-changes';
import { layerOf } from './layers';
import type { Violation } from './violation';

/** The rules about who may change what, applied to each changed file. */
export function changeViolations(changes: Change[]): Violation[] {
  const out: Violation[] = [];
  for (const c of changes) {
    const layer = layerOf(c.path);
    const oldLayer = c.oldPath ? layerOf(c.oldPath) : layer;
    const where = c.commit ? ` (commit ${c.commit})` : '';
    if (c.agent && (layer === '_governance' || oldLayer === '_governance')) {
      out.push({
        rule: 'agent-change-in-governance',
        file: c.path,
        line: c.line,
        message: `An agent changed ${c.path} in _governance, which is human-only${where}.`,
      });
    }
    if (layer === '_archive' || oldLayer === '_archive') {
      const verb = c.status === 'D' ? 'deleted' : c.status === 'R' ? 'renamed' : c.status === 'A' ? 'added' : 'changed';
      const file = c.status === 'R' && oldLayer === '_archive' ? (c.oldPath as string) : c.path;
      out.push({
        rule: 'archive-is-read-only',
        file,
        line: c.status === 'D' ? 1 : c.line,
        message: `${file} was ${verb} in _archive, which is read-only${where}.`,
      });
    }
    if (c.status === 'R' && oldLayer === '_experiments' && (layer === '_active' || layer === '_foundation')) {
      out.push({
        rule: 'experiment-promoted',
        file: c.path,
        line: 1,
        message: `${c.oldPath} moved from _experiments into ${layer}; experiments are never promoted${where}.`,
      });
    }
    if (c.agent && !c.reviewed && layer === '_foundation' && c.status !== 'R') {
      out.push({
        rule: 'unreviewed-agent-change-in-foundation',
        file: c.path,
        line: c.line,
        message: `An agent changed ${c.path} in _foundation without a review trailer${where}.`,
      });
    }
  }
  return out;
}
