import { z } from 'zod';
import { type CatalogAdapter, finish } from '../types';

const anthropicList = z.object({
  data: z.array(z.object({ id: z.string().min(1), display_name: z.string().optional(), type: z.string().optional() })),
});

/** Anthropic's GET /v1/models: ids and display names only (no prices or limits). */
export function anthropicAdapter(apiKey?: string): CatalogAdapter {
  return {
    source: 'anthropic',
    headers: { 'anthropic-version': '2023-06-01', ...(apiKey ? { 'x-api-key': apiKey } : {}) },
    parse: (payload) =>
      finish(
        anthropicList
          .parse(payload)
          .data.map((m) => ({ modelId: m.id, provider: 'anthropic', name: m.display_name ?? m.id })),
      ),
  };
}

const openaiList = z.object({
  object: z.literal('list').optional(),
  data: z.array(z.object({ id: z.string().min(1), owned_by: z.string().optional() })),
});

/** Any OpenAI-compatible GET /v1/models (OpenAI itself, gateways, local servers). */
export function openaiCompatibleAdapter(apiKey?: string, provider = 'openai'): CatalogAdapter {
  return {
    source: 'openai',
    headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
    parse: (payload) => finish(openaiList.parse(payload).data.map((m) => ({ modelId: m.id, provider, name: m.id }))),
  };
}
