import { z } from 'zod';
import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { addFeed, listFeeds } from '@/lib/intelligence/sentinel/manage-feeds';

export const GET = route({ access: { scope: 'intelligence:read' } }, async () => ({ feeds: await listFeeds() }));

export const POST = route({ body: z.record(z.string(), z.unknown()) }, async ({ body }) =>
  json(await addFeed(body), 201),
);
