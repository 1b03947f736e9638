import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { getBriefing } from '@/lib/briefing/list-briefings';

export const GET = route({ access: { scope: 'jobs:read' }, params: idParams }, async ({ params }) =>
  getBriefing(params.id),
);
