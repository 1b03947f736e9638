import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { setFeedEnabled } from '@/lib/intelligence/sentinel/manage-feeds';

export const PATCH = route(
  { params: z.object({ id: z.string().min(1).max(100) }), body: z.object({ enabled: z.boolean() }) },
  async ({ params, body }) => setFeedEnabled(params.id, body.enabled),
);
