import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { getBriefing } from '@/lib/briefing/list-briefings';

const params = z.object({ id: z.string().min(1).max(100) });

export const GET = route({ access: { scope: 'jobs:read' }, params }, async ({ params }) => getBriefing(params.id));
