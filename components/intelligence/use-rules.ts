'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../api-client';
import { intelligenceKeys } from './keys';
import type { Rule } from './types';

export type RuleInput = { action: string; field: string; pattern: string };

/** A new rule: the API validates it (a regex that does not compile is refused with a field error). */
export function useCreateRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (rule: RuleInput) => apiFetch<Rule>('/api/intelligence/rules', { method: 'POST', json: rule }),
    onSettled: () => qc.invalidateQueries({ queryKey: intelligenceKeys.all }),
  });
}

/** Removing a rule hides it at once and puts it back if the server refuses. */
export function useDeleteRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch(`/api/intelligence/rules/${id}`, { method: 'DELETE' }),
    onMutate: async (id) => {
      await qc.cancelQueries({ queryKey: intelligenceKeys.rules() });
      const before = qc.getQueryData<{ rules: Rule[] }>(intelligenceKeys.rules());
      qc.setQueryData<{ rules: Rule[] }>(intelligenceKeys.rules(), (data) =>
        data ? { rules: data.rules.filter((r) => r.id !== id) } : data,
      );
      return { before };
    },
    onError: (_error, _id, context) => {
      if (context?.before) qc.setQueryData(intelligenceKeys.rules(), context.before);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: intelligenceKeys.all }),
  });
}
