'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Reply } from '@/lib/api/serialized';
import type {
  grantIssuedReplySchema,
  grantListReplySchema,
  grantReauthorizedReplySchema,
} from '@/lib/governance/grants/reply-schemas';
import { apiFetch } from '../api-client';
import { governanceKeys } from './keys';

type GrantList = Reply<typeof grantListReplySchema>;
export type Grant = GrantList['grants'][number];
/** A token just issued: by POST /grants, or by a re-authorisation (which also names the scopes never used). */
export type IssuedGrant = Reply<typeof grantIssuedReplySchema> &
  Partial<Pick<Reply<typeof grantReauthorizedReplySchema>, 'unusedScopes'>>;

export function useGrants() {
  return useQuery({
    queryKey: governanceKeys.grants(),
    queryFn: () => apiFetch<GrantList>('/api/governance/grants'),
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['governance'] });
}

export function useIssueGrant() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: {
      subjectKind: string;
      subject: string;
      scopes: string[];
      resources: string[];
      days: number;
      note?: string;
    }) => apiFetch<IssuedGrant>('/api/governance/grants', { method: 'POST', json: input }),
    onSuccess: invalidate,
  });
}

export function useRevokeGrant() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      apiFetch(`/api/governance/grants/${id}/revoke`, { method: 'POST', json: { reason } }),
    onSuccess: invalidate,
  });
}

export function useReauthorizeGrant() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, scopes }: { id: string; scopes: string[] }) =>
      apiFetch<IssuedGrant>(`/api/governance/grants/${id}/reauthorize`, { method: 'POST', json: { scopes } }),
    onSuccess: invalidate,
  });
}
