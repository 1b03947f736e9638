import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { triageSchema, triageStory } from '@/lib/intelligence/sentinel/list-stories';

export const PATCH = route(
  { params: z.object({ id: z.string().min(1).max(100) }), body: triageSchema },
  async ({ params, body }) => {
    await triageStory(params.id, body.triage);
    return { ok: true };
  },
);
