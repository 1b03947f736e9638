import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { buildDigest } from '@/lib/intelligence/sentinel/build-digest';
import { latestDigestFact, listDigests } from '@/lib/intelligence/sentinel/latest-digest';

export const GET = route({ access: { scope: 'intelligence:read' } }, async () => ({
  latest: await latestDigestFact(),
  digests: await listDigests(),
}));

/** Builds today's digest now (the scheduled job does the same before the briefing). */
export const POST = route({}, async () => json(await buildDigest(), 201));
