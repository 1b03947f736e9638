import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { pollFeedNow } from '@/lib/intelligence/sentinel/manage-feeds';

export const POST = route({ params: z.object({ id: z.string().min(1).max(100) }) }, async ({ params }) =>
  pollFeedNow(params.id),
);
