import { decimalsEqual } from './decimal';
import type { CatalogModel } from './types';

export const CHANGE_KINDS = [
  'added',
  'price-changed',
  'limits-changed',
  'capability-changed',
  'deprecation-announced',
  'removed',
  'repointed',
] as const;
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

const pick = <K extends keyof CatalogModel>(m: CatalogModel, keys: K[]) =>
  Object.fromEntries(keys.map((k) => [k, m[k]]));

/*
 * Objects are built field by field, not as `{ ...model, missingCount, removed }`: on Node 20's V8 a
 * spread followed by keys the source lacks takes a slow path (about 10 µs an object, 100 times a
 * plain copy), and that one line was most of the time of a 2,000-model diff.
 */
function track(m: CatalogModel, missingCount: number, removed: boolean): Tracked {
  return {
    modelId: m.modelId,
    provider: m.provider,
    name: m.name,
    family: m.family,
    inputPerMTok: m.inputPerMTok,
    outputPerMTok: m.outputPerMTok,
    contextWindow: m.contextWindow,
    maxOutputTokens: m.maxOutputTokens,
    capabilities: m.capabilities,
    deprecatedAt: m.deprecatedAt,
    missingCount,
    removed,
  };
}

function change(kind: ChangeKind, m: CatalogModel, before: unknown, after: unknown): Change {
  return { kind, modelId: m.modelId, provider: m.provider, before, after };
}

function sameCapabilities(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compare(before: CatalogModel, after: CatalogModel, out: Change[]): void {
  if (
    !decimalsEqual(before.inputPerMTok, after.inputPerMTok) ||
    !decimalsEqual(before.outputPerMTok, after.outputPerMTok)
  ) {
    const keys: (keyof CatalogModel)[] = ['inputPerMTok', 'outputPerMTok'];
    out.push(change('price-changed', after, pick(before, keys), pick(after, keys)));
  }
  if (before.contextWindow !== after.contextWindow || before.maxOutputTokens !== after.maxOutputTokens) {
    const keys: (keyof CatalogModel)[] = ['contextWindow', 'maxOutputTokens'];
    out.push(change('limits-changed', after, pick(before, keys), pick(after, keys)));
  }
  if (!sameCapabilities(before.capabilities, after.capabilities))
    out.push(change('capability-changed', after, before.capabilities, after.capabilities));
  if (!before.deprecatedAt && after.deprecatedAt)
    out.push(change('deprecation-announced', after, null, after.deprecatedAt));
  if (before.family && after.family && before.family !== after.family)
    out.push(change('repointed', after, before.family, after.family));
}

/** Compares what we track for one source with a fresh, well-formed model list from it. */
export function diffCatalog(previous: ReadonlyMap<string, Tracked>, incoming: readonly CatalogModel[]): DiffResult {
  let active = 0;
  for (const m of previous.values()) if (!m.removed) active++;
  const seen = new Map<string, CatalogModel>();
  for (const m of incoming) seen.set(m.modelId, m);
  const status = active > 0 && seen.size < active * (1 - PARTIAL_LOSS_RATIO) ? 'partial' : 'ok';
  const changes: Change[] = [];
  const next = new Map<string, Tracked>();
  for (const model of seen.values()) {
    const before = previous.get(model.modelId);
    if (!before || before.removed) changes.push(change('added', model, null, model));
    else compare(before, model, changes);
    next.set(model.modelId, track(model, 0, false));
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
    if (removed) changes.push(change('removed', before, before, null));
    next.set(before.modelId, track(before, missingCount, removed));
  }
  return { status, changes, next };
}
