import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { addFeed, listFeeds } from '@/lib/intelligence/sentinel/manage-feeds';
import { feedSchema, feedsReplySchema } from '@/lib/intelligence/reply-schemas';

export const GET = route({ output: feedsReplySchema, access: { scope: 'intelligence:read' } }, async () => ({
  feeds: await listFeeds(),
}));

export const POST = route(
  { output: feedSchema, body: z.record(z.string(), z.unknown()), status: 201 },
  async ({ body }) => addFeed(body),
);
