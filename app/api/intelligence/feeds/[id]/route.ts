import { idParams } from '@/lib/api/params';
import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { setFeedEnabled } from '@/lib/intelligence/sentinel/manage-feeds';
import { feedSchema } from '@/lib/intelligence/reply-schemas';

export const PATCH = route(
  { output: feedSchema, params: idParams, body: z.object({ enabled: z.boolean() }) },
  async ({ params, body }) => setFeedEnabled(params.id, body.enabled),
);
