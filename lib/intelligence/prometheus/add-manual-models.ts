import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import { getDb } from '../../db/client';
import type { manualEntrySchema } from './adapters/manual';
import { parseManual } from './adapters/manual';
import { recordSnapshot } from './record-snapshot';
import { storedCapabilitiesSchema } from './types';

/**
 * Manual entries form one more catalog source: the new list is the current manual models plus
 * (or replacing, by id) the given ones, recorded as a snapshot so the diff sees the change.
 */
export async function addManualModels(entries: z.input<typeof manualEntrySchema>[], actor = 'owner') {
  const db = await getDb();
  const current = await db.trackedModel.findMany({ where: { source: 'manual', removedAt: null } });
  const merged = new Map<string, z.input<typeof manualEntrySchema>>(
    current.map((m) => [
      m.modelId,
      {
        modelId: m.modelId,
        provider: m.provider,
        name: m.name,
        pointsTo: m.family ?? undefined,
        inputPerMTok: m.inputPerMTok ?? undefined,
        outputPerMTok: m.outputPerMTok ?? undefined,
        contextWindow: m.contextWindow ?? undefined,
        maxOutputTokens: m.maxOutputTokens ?? undefined,
        capabilities: storedCapabilitiesSchema.parse(m.capabilities),
        deprecatedAt: m.deprecatedAt ?? undefined,
      },
    ]),
  );
  for (const e of entries) merged.set(e.modelId, e);
  const outcome = await recordSnapshot('manual', parseManual([...merged.values()]));
  await recordAudit({ actor, action: 'intelligence.add-models', details: { count: entries.length } });
  return outcome;
}
