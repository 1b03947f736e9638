import { decimalsEqual } from './decimal';
import type { CatalogModel } from './types';

export const CHANGE_KINDS = ['added', 'price-changed', 'limits-changed', 'capability-changed', 'deprecation-announced', 'removed', 'repointed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type Tracked = CatalogModel & { missingCount: number; removed: boolean };
export type Change = { kind: ChangeKind; modelId: string; provider: string; before: unknown; after: unknown };

/** A snapshot that loses more than this share of the known models is partial, not a mass removal. */
export const PARTIAL_LOSS_RATIO = 0.2;
/** A model is removed only after this many good snapshots in a row did not list it. */
export const MISSING_BEFORE_REMOVED = 2;

export type DiffResult = {
  status: 'ok' | 'partial';
  changes: Change[];
  /** The next state of every tracked model (present, missing or removed). */
  next: Map<string, Tracked>;
};

const pick = <K extends keyof CatalogModel>(m: CatalogModel, keys: K[]) => Object.fromEntries(keys.map((k) => [k, m[k]]));

function compare(before: CatalogModel, after: CatalogModel): Change[] {
  const out: Change[] = [];
  const base = { modelId: after.modelId, provider: after.provider };
  if (!decimalsEqual(before.inputPerMTok, after.inputPerMTok) || !decimalsEqual(before.outputPerMTok, after.outputPerMTok)) {
    const keys: (keyof CatalogModel)[] = ['inputPerMTok', 'outputPerMTok'];
    out.push({ ...base, kind: 'price-changed', before: pick(before, keys), after: pick(after, keys) });
  }
  if (before.contextWindow !== after.contextWindow || before.maxOutputTokens !== after.maxOutputTokens) {
    const keys: (keyof CatalogModel)[] = ['contextWindow', 'maxOutputTokens'];
    out.push({ ...base, kind: 'limits-changed', before: pick(before, keys), after: pick(after, keys) });
  }
  if (before.capabilities.join('|') !== after.capabilities.join('|')) {
    out.push({ ...base, kind: 'capability-changed', before: before.capabilities, after: after.capabilities });
  }
  if (!before.deprecatedAt && after.deprecatedAt) {
    out.push({ ...base, kind: 'deprecation-announced', before: null, after: after.deprecatedAt });
  }
  if (before.family && after.family && before.family !== after.family) {
    out.push({ ...base, kind: 'repointed', before: before.family, after: after.family });
  }
  return out;
}

/** Compares what we track for one source with a fresh, well-formed model list from it. */
export function diffCatalog(previous: ReadonlyMap<string, Tracked>, incoming: readonly CatalogModel[]): DiffResult {
  const active = [...previous.values()].filter((m) => !m.removed).length;
  const seen = new Map(incoming.map((m) => [m.modelId, m]));
  const status = active > 0 && seen.size < active * (1 - PARTIAL_LOSS_RATIO) ? 'partial' : 'ok';
  const changes: Change[] = [];
  const next = new Map<string, Tracked>();
  for (const model of seen.values()) {
    const before = previous.get(model.modelId);
    if (!before || before.removed) changes.push({ kind: 'added', modelId: model.modelId, provider: model.provider, before: null, after: model });
    else changes.push(...compare(before, model));
    next.set(model.modelId, { ...model, missingCount: 0, removed: false });
  }
  for (const before of previous.values()) {
    if (seen.has(before.modelId)) continue;
    if (before.removed || status === 'partial') {
      // A partial snapshot is not evidence of absence; it neither counts nor resets the streak.
      next.set(before.modelId, before);
      continue;
    }
    const missingCount = before.missingCount + 1;
    const removed = missingCount >= MISSING_BEFORE_REMOVED;
    if (removed) changes.push({ kind: 'removed', modelId: before.modelId, provider: before.provider, before, after: null });
    next.set(before.modelId, { ...before, missingCount, removed });
  }
  return { status, changes, next };
}
