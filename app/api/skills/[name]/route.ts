import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { getSkill } from '@/lib/skills/skill-catalog';

const params = z.object({ name: z.string().min(1).max(100) });

export const GET = route({ access: { scope: 'skills:read' }, params }, async ({ params }) => ({
  skill: await getSkill(params.name),
}));
