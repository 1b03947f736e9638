import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { getBriefing } from '@/lib/briefing/list-briefings';
import { briefingReplySchema } from '@/lib/briefing/reply-schemas';

export const GET = route(
  { output: briefingReplySchema, access: { scope: 'jobs:read' }, params: idParams },
  async ({ params }) => getBriefing(params.id),
);
