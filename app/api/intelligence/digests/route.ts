import { route } from '@/lib/auth/route';
import { buildDigest } from '@/lib/intelligence/sentinel/build-digest';
import { latestDigestFact, listDigests } from '@/lib/intelligence/sentinel/latest-digest';
import { digestBuiltReplySchema, digestsReplySchema } from '@/lib/intelligence/reply-schemas';

export const GET = route({ output: digestsReplySchema, access: { scope: 'intelligence:read' } }, async () => ({
  latest: await latestDigestFact(),
  digests: await listDigests(),
}));

/** Builds today's digest now (the scheduled job does the same before the briefing). */
export const POST = route({ output: digestBuiltReplySchema, status: 201 }, async () => buildDigest());
