import { getDb } from '../../db/client';
import { seedCatalogIfEmpty } from './seed-catalog';
import { storedCapabilitiesSchema } from './types';

/** Current models (seeded from the packaged catalog on a fresh install) and where they came from. */
export async function listModels(filter: { provider?: string } = {}) {
  await seedCatalogIfEmpty();
  const db = await getDb();
  const models = await db.trackedModel.findMany({
    where: { removedAt: null, ...(filter.provider ? { provider: filter.provider } : {}) },
    orderBy: [{ provider: 'asc' }, { modelId: 'asc' }],
  });
  const snapshots = await db.modelSnapshot.findMany({
    orderBy: { fetchedAt: 'desc' },
    take: 20,
    select: { id: true, source: true, fetchedAt: true, status: true, error: true, modelCount: true, asOf: true },
  });
  return {
    models: models.map((m) => ({ ...m, capabilities: storedCapabilitiesSchema.parse(m.capabilities) })),
    snapshots,
  };
}

/** The change timeline, newest first, optionally for one provider. */
export async function listChanges(filter: { provider?: string; limit?: number } = {}) {
  const db = await getDb();
  const rows = await db.modelChange.findMany({
    where: filter.provider ? { provider: filter.provider } : {},
    orderBy: { at: 'desc' },
    take: filter.limit ?? 200,
  });
  return rows;
}
