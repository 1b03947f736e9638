import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { deleteRule } from '@/lib/intelligence/sentinel/manage-rules';

export const DELETE = route({ params: idParams }, async ({ params }) => {
  await deleteRule(params.id);
  return { ok: true };
});
