import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../db/client';
import { startTestServer } from '../test-http-server';
import { anthropicAdapter, openaiCompatibleAdapter } from './adapters/provider-lists';
import { liteLlmAdapter, modelsDevAdapter, openRouterAdapter } from './adapters/public-catalogs';
import { addManualModels } from './add-manual-models';
import { listChanges, listModels } from './list-models';
import { seedDate } from './seed-catalog';
import { takeSnapshot } from './take-snapshot';

// Payloads shaped like each service's real answer (fields trimmed, values realistic).
const ANTHROPIC = {
  data: [
    {
      type: 'model',
      id: 'claude-sonnet-4-5-20250929',
      display_name: 'Claude Sonnet 4.5',
      created_at: '2025-09-29T00:00:00Z',
    },
    {
      type: 'model',
      id: 'claude-opus-4-1-20250805',
      display_name: 'Claude Opus 4.1',
      created_at: '2025-08-05T00:00:00Z',
    },
  ],
  has_more: false,
  first_id: 'claude-sonnet-4-5-20250929',
  last_id: 'claude-opus-4-1-20250805',
};
const OPENAI = { object: 'list', data: [{ id: 'gpt-4.1', object: 'model', created: 1744316542, owned_by: 'system' }] };
const MODELS_DEV = {
  anthropic: {
    id: 'anthropic',
    name: 'Anthropic',
    models: {
      'claude-sonnet-4-5': {
        id: 'claude-sonnet-4-5',
        name: 'Claude Sonnet 4.5',
        attachment: true,
        reasoning: true,
        tool_call: true,
        cost: { input: 3, output: 15, cache_read: 0.3 },
        limit: { context: 200000, output: 64000 },
      },
    },
  },
};
const LITELLM = {
  sample_spec: { max_tokens: 'LEGACY', input_cost_per_token: 0 },
  'gpt-4o-mini': {
    max_input_tokens: 128000,
    max_output_tokens: 16384,
    input_cost_per_token: 1.5e-7,
    output_cost_per_token: 6e-7,
    litellm_provider: 'openai',
    mode: 'chat',
    supports_function_calling: true,
    supports_vision: true,
  },
  'claude-3-haiku-20240307': {
    max_input_tokens: 200000,
    max_output_tokens: 4096,
    input_cost_per_token: 2.5e-7,
    output_cost_per_token: 1.25e-6,
    litellm_provider: 'anthropic',
    mode: 'chat',
    deprecation_date: '2025-03-01',
  },
};
const openRouter = (slug: string, prompt = '0.000003') => ({
  data: [
    {
      id: 'anthropic/claude-sonnet-4.5',
      canonical_slug: slug,
      name: 'Anthropic: Claude Sonnet 4.5',
      context_length: 1000000,
      pricing: { prompt, completion: '0.000015' },
      top_provider: { max_completion_tokens: 64000 },
      supported_parameters: ['tools', 'temperature'],
    },
    {
      id: 'openai/gpt-4.1',
      canonical_slug: 'openai/gpt-4.1-2025-04-14',
      name: 'OpenAI: GPT-4.1',
      context_length: 1047576,
      pricing: { prompt: '0.000002', completion: '0.000008' },
      top_provider: { max_completion_tokens: 32768 },
    },
  ],
});

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('catalog snapshots from 127.0.0.1', { timeout: 120_000 }, () => {
  it('reads every adapter with exact prices and integer limits', async () => {
    server.serve('/anthropic/v1/models', { body: JSON.stringify(ANTHROPIC), contentType: 'application/json' });
    server.serve('/openai/v1/models', { body: JSON.stringify(OPENAI), contentType: 'application/json' });
    server.serve('/models.dev/api.json', { body: JSON.stringify(MODELS_DEV), contentType: 'application/json' });
    server.serve('/litellm.json', { body: JSON.stringify(LITELLM), contentType: 'application/json' });
    server.serve('/openrouter/models', {
      body: JSON.stringify(openRouter('anthropic/claude-sonnet-4.5-20250929')),
      contentType: 'application/json',
    });
    expect(await takeSnapshot(anthropicAdapter('k'), server.url('/anthropic/v1/models'))).toMatchObject({
      status: 'ok',
    });
    expect(await takeSnapshot(openaiCompatibleAdapter('k'), server.url('/openai/v1/models'))).toMatchObject({
      status: 'ok',
    });
    expect(await takeSnapshot(modelsDevAdapter(), server.url('/models.dev/api.json'))).toMatchObject({ status: 'ok' });
    expect(await takeSnapshot(liteLlmAdapter(), server.url('/litellm.json'))).toMatchObject({ status: 'ok' });
    expect(await takeSnapshot(openRouterAdapter(), server.url('/openrouter/models'))).toMatchObject({ status: 'ok' });
    const { models } = await listModels();
    const mini = models.find((m) => m.modelId === 'gpt-4o-mini');
    expect(mini).toMatchObject({
      inputPerMTok: '0.15',
      outputPerMTok: '0.6',
      contextWindow: 128000,
      maxOutputTokens: 16384,
      deprecatedAt: null,
    });
    expect(mini?.capabilities).toEqual(['function-calling', 'vision']);
    expect(models.find((m) => m.modelId === 'anthropic/claude-sonnet-4-5')).toMatchObject({
      inputPerMTok: '3',
      outputPerMTok: '15',
      contextWindow: 200000,
    });
    expect(models.find((m) => m.source === 'openrouter' && m.modelId === 'anthropic/claude-sonnet-4.5')).toMatchObject({
      inputPerMTok: '3',
      contextWindow: 1000000,
    });
    expect(
      models
        .filter((m) => m.source === 'anthropic')
        .map((m) => m.name)
        .sort(),
    ).toEqual(['Claude Opus 4.1', 'Claude Sonnet 4.5']);
  });

  it('writes nothing for a 304 or an unchanged list, and a diff for a changed one', async () => {
    const db = await getDb();
    const count = () => db.modelSnapshot.count({ where: { source: 'openrouter' } });
    const before = await count();
    expect(await takeSnapshot(openRouterAdapter(), server.url('/openrouter/models'))).toEqual({
      status: 'not-modified',
    });
    expect(await count()).toBe(before);
    // Same content under a different ETag (re-serialised): hashed equal, still nothing written.
    server.serve('/openrouter/models', {
      body: `${JSON.stringify(openRouter('anthropic/claude-sonnet-4.5-20250929'))}\n`,
      contentType: 'application/json',
    });
    expect(await takeSnapshot(openRouterAdapter(), server.url('/openrouter/models'))).toMatchObject({
      status: 'unchanged',
    });
    expect(await count()).toBe(before);
    server.serve('/openrouter/models', {
      body: JSON.stringify(openRouter('anthropic/claude-sonnet-4.5-20260101', '0.0000025')),
      contentType: 'application/json',
    });
    expect(await takeSnapshot(openRouterAdapter(), server.url('/openrouter/models'))).toMatchObject({
      status: 'ok',
      changes: 2,
    });
    const kinds = (await listChanges({ provider: 'anthropic' }))
      .filter((c) => c.source === 'openrouter')
      .map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['price-changed', 'repointed']));
  });

  it('a malformed catalog or an HTTP error makes a failed snapshot and keeps the data', async () => {
    server.serve('/litellm.json', {
      body: '{"gpt-4o-mini": {"input_cost_per_token": ',
      contentType: 'application/json',
    });
    const failed = await takeSnapshot(liteLlmAdapter(), server.url('/litellm.json'));
    expect(failed).toMatchObject({ status: 'failed' });
    server.serve('/openai/v1/models', {
      body: JSON.stringify({ error: { message: 'invalid key' } }),
      status: 401,
      contentType: 'application/json',
    });
    expect(await takeSnapshot(openaiCompatibleAdapter('bad'), server.url('/openai/v1/models'))).toMatchObject({
      status: 'failed',
      error: 'HTTP 401 from openai',
    });
    server.serve('/models.dev/api.json', {
      body: JSON.stringify({ anthropic: { models: 'nope' } }),
      contentType: 'application/json',
    });
    expect(await takeSnapshot(modelsDevAdapter(), server.url('/models.dev/api.json'))).toMatchObject({
      status: 'failed',
    });
    const { models } = await listModels();
    expect(models.find((m) => m.modelId === 'gpt-4o-mini')?.inputPerMTok).toBe('0.15');
    expect(models.some((m) => m.source === 'openai')).toBe(true);
    const db = await getDb();
    expect(await db.modelSnapshot.count({ where: { status: 'failed' } })).toBe(3);
  });

  it('accepts manual entries as a source with exact prices', async () => {
    const outcome = await addManualModels([
      { modelId: 'acme-1', provider: 'acme', inputPerMTok: '0.10', outputPerMTok: 0.4, contextWindow: 32000 },
    ]);
    expect(outcome.status).toBe('ok');
    const { models } = await listModels({ provider: 'acme' });
    expect(models[0]).toMatchObject({ source: 'manual', inputPerMTok: '0.1', outputPerMTok: '0.4' });
  });
});

describe('offline seed', () => {
  it('is dated by the newest entry of the packaged catalog', () => {
    expect(
      seedDate({
        a: { models: { x: { release_date: '2025-01-02', last_updated: '2025-06-30' } } },
        b: { models: { y: { release_date: '2025-03' } } },
      })?.toISOString(),
    ).toBe('2025-06-30T00:00:00.000Z');
    expect(seedDate()?.getUTCFullYear()).toBeGreaterThanOrEqual(2025);
  });
});
