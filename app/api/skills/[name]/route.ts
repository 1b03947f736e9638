import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { getSkill } from '@/lib/skills/skill-catalog';
import { skillReplySchema } from '@/lib/skills/reply-schemas';

const params = z.object({ name: z.string().min(1).max(100) });

export const GET = route(
  { output: skillReplySchema, access: { scope: 'skills:read' }, params },
  async ({ params }) => ({
    skill: await getSkill(params.name),
  }),
);
