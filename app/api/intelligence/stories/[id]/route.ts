import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { triageSchema, triageStory } from '@/lib/intelligence/sentinel/list-stories';
import { okReplySchema } from '@/lib/intelligence/reply-schemas';

export const PATCH = route(
  { output: okReplySchema, params: idParams, body: triageSchema },
  async ({ params, body }) => {
    await triageStory(params.id, body.triage);
    return { ok: true };
  },
);
