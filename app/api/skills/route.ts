import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { SKILL_CATEGORIES } from '@/lib/skills/schemas';
import { listExtensions } from '@/lib/skills/list-extensions';
import { listSkills } from '@/lib/skills/skill-catalog';
import { skillsReplySchema } from '@/lib/skills/reply-schemas';

const query = z.object({ q: z.string().max(200).optional(), category: z.enum(SKILL_CATEGORIES).optional() });

export const GET = route({ output: skillsReplySchema, access: { scope: 'skills:read' }, query }, async ({ query }) => {
  const [library, extensions] = await Promise.all([listSkills(query), listExtensions()]);
  return { ...library, categories: SKILL_CATEGORIES, extensions };
});
