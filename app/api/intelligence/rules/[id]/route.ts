import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { deleteRule } from '@/lib/intelligence/sentinel/manage-rules';
import { okReplySchema } from '@/lib/intelligence/reply-schemas';

export const DELETE = route({ output: okReplySchema, params: idParams }, async ({ params }) => {
  await deleteRule(params.id);
  return { ok: true };
});
