import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { triageSchema, triageStory } from '@/lib/intelligence/sentinel/list-stories';

export const PATCH = route({ params: idParams, body: triageSchema }, async ({ params, body }) => {
  await triageStory(params.id, body.triage);
  return { ok: true };
});
