'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Reply } from '@/lib/api/serialized';
import type { SkillCategory } from '@/lib/skills/schemas';
import type { skillReplySchema, skillsReplySchema } from '@/lib/skills/reply-schemas';
import { apiFetch } from '../api-client';
import { skillKeys } from './keys';

export type SkillList = Reply<typeof skillsReplySchema>;

export function useSkills(filter: { q?: string; category?: SkillCategory } = {}) {
  return useQuery({
    queryKey: skillKeys.list(filter),
    queryFn: () => {
      const params = new URLSearchParams();
      if (filter.q) params.set('q', filter.q);
      if (filter.category) params.set('category', filter.category);
      return apiFetch<SkillList>(`/api/skills${params.size ? `?${params}` : ''}`);
    },
    placeholderData: keepPreviousData,
  });
}

export function useSkill(name: string | null) {
  return useQuery({
    queryKey: skillKeys.detail(name ?? ''),
    queryFn: async () =>
      (await apiFetch<Reply<typeof skillReplySchema>>(`/api/skills/${encodeURIComponent(name ?? '')}`)).skill,
    enabled: Boolean(name),
  });
}
