import { getDb } from '../../db/client';
import { storedListSchema } from './schemas';

/**
 * The resource patterns other domains check their own writes against (staging checks every target
 * path at staging and again at approval). null: no such grant, which callers treat as a refusal.
 */
export async function grantResourcePatterns(grantId: string): Promise<string[] | null> {
  const db = await getDb();
  const grant = await db.permissionGrant.findUnique({ where: { id: grantId }, select: { resources: true } });
  return grant ? storedListSchema.parse(grant.resources) : null;
}

/** Every grant ever issued to `subject`, as pattern lists (for items staged before the grant id was kept). */
export async function subjectResourcePatterns(subject: string): Promise<string[][]> {
  const db = await getDb();
  const grants = await db.permissionGrant.findMany({ where: { subject }, select: { resources: true } });
  return grants.map((g) => storedListSchema.parse(g.resources));
}
