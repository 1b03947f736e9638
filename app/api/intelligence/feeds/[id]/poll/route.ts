import { z } from 'zod';
import { NotFoundError } from '@/lib/api/errors';
import { route } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { pollFeed } from '@/lib/intelligence/sentinel/poll-feed';

/** "Fetch now": the same path the scheduled tick takes, for one feed. */
export const POST = route({ params: z.object({ id: z.string().min(1).max(100) }) }, async ({ params }) => {
  const db = await getDb();
  if (!(await db.feed.findUnique({ where: { id: params.id }, select: { id: true } })))
    throw new NotFoundError(`No feed ${params.id}.`);
  return pollFeed(params.id);
});
