import { z } from 'zod';
import { perTokenToPerMillion, toDecimal } from '../decimal';
import { type CatalogAdapter, type CatalogModel, finish, toInt } from '../types';

const modelsDevModel = z
  .object({
    id: z.string().min(1),
    name: z.string().optional(),
    attachment: z.boolean().optional(),
    reasoning: z.boolean().optional(),
    tool_call: z.boolean().optional(),
    cost: z.object({ input: z.unknown().optional(), output: z.unknown().optional() }).partial().optional(),
    limit: z.object({ context: z.unknown().optional(), output: z.unknown().optional() }).partial().optional(),
    deprecated: z.union([z.boolean(), z.string()]).optional(),
  })
  .passthrough();
const modelsDevCatalog = z.record(
  z.string(),
  z.object({ id: z.string().optional(), models: z.record(z.string(), modelsDevModel) }),
);

/** models.dev api.json: providers -> models, costs already in USD per million tokens. */
export function parseModelsDev(payload: unknown): CatalogModel[] {
  const out: Partial<CatalogModel>[] = [];
  for (const [providerKey, provider] of Object.entries(modelsDevCatalog.parse(payload))) {
    for (const m of Object.values(provider.models)) {
      const caps = [m.attachment && 'attachments', m.reasoning && 'reasoning', m.tool_call && 'tools'].filter(
        Boolean,
      ) as string[];
      out.push({
        modelId: `${provider.id ?? providerKey}/${m.id}`,
        provider: provider.id ?? providerKey,
        name: m.name ?? m.id,
        inputPerMTok: toDecimal(m.cost?.input),
        outputPerMTok: toDecimal(m.cost?.output),
        contextWindow: toInt(m.limit?.context),
        maxOutputTokens: toInt(m.limit?.output),
        capabilities: caps,
        deprecatedAt: typeof m.deprecated === 'string' ? m.deprecated : null,
      });
    }
  }
  return finish(out);
}

export const modelsDevAdapter = (): CatalogAdapter => ({ source: 'models.dev', parse: parseModelsDev });

const litellmEntry = z
  .object({
    litellm_provider: z.string().optional(),
    mode: z.string().optional(),
    input_cost_per_token: z.unknown().optional(),
    output_cost_per_token: z.unknown().optional(),
    max_input_tokens: z.unknown().optional(),
    max_output_tokens: z.unknown().optional(),
    deprecation_date: z.string().optional(),
  })
  .passthrough();

/** LiteLLM's model_prices_and_context_window.json: per-token USD costs, converted exactly. */
export function parseLiteLlm(payload: unknown): CatalogModel[] {
  const entries = z.record(z.string(), z.unknown()).parse(payload);
  const out: Partial<CatalogModel>[] = [];
  for (const [id, raw] of Object.entries(entries)) {
    if (id === 'sample_spec') continue;
    const m = litellmEntry.parse(raw);
    const caps = Object.entries(m)
      .filter(([k, v]) => k.startsWith('supports_') && v === true)
      .map(([k]) => k.slice('supports_'.length).replaceAll('_', '-'));
    out.push({
      modelId: id,
      provider: m.litellm_provider ?? 'unknown',
      name: id,
      inputPerMTok: perTokenToPerMillion(m.input_cost_per_token),
      outputPerMTok: perTokenToPerMillion(m.output_cost_per_token),
      contextWindow: toInt(m.max_input_tokens),
      maxOutputTokens: toInt(m.max_output_tokens),
      capabilities: caps,
      deprecatedAt: m.deprecation_date ?? null,
    });
  }
  if (out.length === 0) throw new Error('LiteLLM catalog lists no models');
  return finish(out);
}

export const liteLlmAdapter = (): CatalogAdapter => ({ source: 'litellm', parse: parseLiteLlm });

const openRouterList = z.object({
  data: z.array(
    z
      .object({
        id: z.string().min(1),
        canonical_slug: z.string().optional(),
        name: z.string().optional(),
        context_length: z.unknown().optional(),
        pricing: z.object({ prompt: z.unknown().optional(), completion: z.unknown().optional() }).partial().optional(),
        top_provider: z.object({ max_completion_tokens: z.unknown().optional() }).partial().nullable().optional(),
        supported_parameters: z.array(z.string()).optional(),
      })
      .passthrough(),
  ),
});

/** OpenRouter's /api/v1/models: per-token prices as strings; canonical_slug is what an id points to. */
export function parseOpenRouter(payload: unknown): CatalogModel[] {
  return finish(
    openRouterList.parse(payload).data.map((m) => ({
      modelId: m.id,
      provider: m.id.split('/')[0] ?? 'openrouter',
      name: m.name ?? m.id,
      family: m.canonical_slug ?? null,
      inputPerMTok: perTokenToPerMillion(m.pricing?.prompt),
      outputPerMTok: perTokenToPerMillion(m.pricing?.completion),
      contextWindow: toInt(m.context_length),
      maxOutputTokens: toInt(m.top_provider?.max_completion_tokens),
      capabilities: (m.supported_parameters ?? []).filter((p) =>
        ['tools', 'reasoning', 'structured_outputs'].includes(p),
      ),
    })),
  );
}

export const openRouterAdapter = (): CatalogAdapter => ({ source: 'openrouter', parse: parseOpenRouter });
