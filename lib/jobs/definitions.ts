import { getDb } from '../db/client';
import type { JobSpec } from './types';

/** Creates the missing JobDefinition rows for catalog jobs; owner edits on existing rows are kept. */
export async function ensureDefinitions(specs: JobSpec[]): Promise<void> {
  const db = await getDb();
  const existing = new Set((await db.jobDefinition.findMany({ select: { id: true } })).map((d) => d.id));
  for (const spec of specs) {
    if (existing.has(spec.name)) continue;
    // Another process may create the same row at the same moment; the loser simply reads it.
    await db.jobDefinition.create({ data: { id: spec.name } }).catch(() => undefined);
  }
}

export async function getDefinition(name: string) {
  const db = await getDb();
  return (
    (await db.jobDefinition.findUnique({ where: { id: name } })) ??
    db.jobDefinition.upsert({ where: { id: name }, create: { id: name }, update: {} })
  );
}

/** The settings in force: the owner's overrides over the catalog's defaults. */
export function effectiveSettings(
  spec: JobSpec,
  def: { modelOverride: string | null; timeoutOverrideMs: number | null },
) {
  return {
    model: spec.model === null ? null : ((def.modelOverride as JobSpec['model']) ?? spec.model),
    timeoutMs: def.timeoutOverrideMs ?? spec.timeoutMs,
  };
}
