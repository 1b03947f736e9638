'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../api-client';
import { intelligenceKeys } from './keys';
import type { Change, DigestsData, Feed, ModelsData, PredictionsData, Rule, StoriesData } from './types';

const qs = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams(
    Object.entries(params).filter(([, v]) => v !== undefined && v !== '') as [string, string][],
  ).toString();
  return s ? `?${s}` : '';
};

export const useModels = (provider?: string) =>
  useQuery({
    queryKey: intelligenceKeys.models(provider),
    queryFn: () => apiFetch<ModelsData>(`/api/intelligence/models${qs({ provider })}`),
  });
export const useChanges = (provider?: string) =>
  useQuery({
    queryKey: intelligenceKeys.changes(provider),
    queryFn: () => apiFetch<{ changes: Change[] }>(`/api/intelligence/changes${qs({ provider })}`),
  });
export const usePredictions = (tag?: string, windowDays?: number) =>
  useQuery({
    queryKey: intelligenceKeys.predictions(tag, windowDays),
    queryFn: () => apiFetch<PredictionsData>(`/api/intelligence/predictions${qs({ tag, windowDays })}`),
  });
export const useFeeds = () =>
  useQuery({
    queryKey: intelligenceKeys.feeds(),
    queryFn: () => apiFetch<{ feeds: Feed[] }>('/api/intelligence/feeds'),
  });
export const useStories = () =>
  useQuery({ queryKey: intelligenceKeys.stories(), queryFn: () => apiFetch<StoriesData>('/api/intelligence/stories') });
export const useDigests = () =>
  useQuery({ queryKey: intelligenceKeys.digests(), queryFn: () => apiFetch<DigestsData>('/api/intelligence/digests') });
export const useRules = () =>
  useQuery({
    queryKey: intelligenceKeys.rules(),
    queryFn: () => apiFetch<{ rules: Rule[] }>('/api/intelligence/rules'),
  });

/** A POST/PATCH that refreshes every intelligence query when it succeeds (the live event does too). */
export function useIntelligenceMutation<T>(request: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => client.invalidateQueries({ queryKey: intelligenceKeys.all }),
  });
}

export const post = (url: string, json: unknown, method = 'POST') => apiFetch(url, { method, json });
