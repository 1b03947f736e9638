import type { SkillCategory } from '@/lib/skills/schemas';

/** Keys start with the `skills` topic so a live event on it refreshes every skills query. */
export const skillKeys = {
  all: () => ['skills'] as const,
  list: (filter: { q?: string; category?: SkillCategory }) => ['skills', 'list', filter] as const,
  detail: (name: string) => ['skills', 'detail', name] as const,
};
