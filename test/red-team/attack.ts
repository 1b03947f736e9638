import { expect, test } from 'vitest';

/**
 * One attack of the red-team suite. Each layer is a check that performs the attack against that
 * layer alone (real HTTP, real files, real database, real containers) and asserts it is refused,
 * so a layer is listed only when it was seen to hold. Attacks on the workspace must be stopped by
 * at least two independent layers: no single bypass may disable all of them.
 */
export type AttackSpec = {
  /** Stable id, e.g. `15.1-promote-through-symlink`; the report is sorted by it. */
  id: string;
  title: string;
  /** `workspace`: writes into _governance/_archive, deletes, pushes, reschedules. */
  target: 'workspace' | 'app';
  layers: Record<string, () => Promise<void> | void>;
};

declare module 'vitest' {
  interface TaskMeta {
    redTeam?: { id: string; title: string; target: AttackSpec['target']; held: string[] };
  }
}

export function attack(spec: AttackSpec, timeout?: number): void {
  test(`[${spec.id}] ${spec.title}`, { timeout }, async ({ task }) => {
    const layers = Object.entries(spec.layers);
    if (spec.target === 'workspace') {
      expect(layers.length, 'a workspace attack needs at least two independent layers').toBeGreaterThanOrEqual(2);
    } else {
      expect(layers.length).toBeGreaterThanOrEqual(1);
    }
    const held: string[] = [];
    for (const [name, check] of layers) {
      await check();
      held.push(name);
    }
    task.meta.redTeam = { id: spec.id, title: spec.title, target: spec.target, held };
  });
}
