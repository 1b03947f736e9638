import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../test/providers/fake-provider-server';
import { anthropicProvider } from './anthropic-provider';
import { gatewayProvider } from './gateway-provider';
import { openAiStyleProvider } from './openai-provider';
import type { CompletionRequest } from './types';
import { completeWithRetries } from './with-retries';

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider({ token: 'sekret' });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.script([]);
});

const request = (signal = new AbortController().signal): CompletionRequest => ({
  model: 'sonnet',
  system: 'You are terse.',
  messages: [{ role: 'user', content: 'Hello' }],
  sessionKey: 'buddy:run:run123',
  signal,
});

describe('model providers against a local server speaking their wire formats', () => {
  it('anthropic: Messages API through the official SDK, alias resolved, usage recorded', async () => {
    const provider = anthropicProvider({ apiKey: 'sekret', baseURL: fake.url });
    const out = await provider.completeOnce(request());
    expect(out).toMatchObject({ provider: 'anthropic', model: 'claude-sonnet-4-5', tokensIn: 12, tokensOut: 34 });
    expect(out.text).toContain('fake provider');
    const sent = fake.requests[0];
    expect(sent?.path).toBe('/v1/messages');
    expect(sent?.headers['x-api-key'] ?? sent?.headers.authorization).toMatch(/sekret/);
    expect(sent?.headers['anthropic-version']).toBeTruthy();
    expect(sent?.body).toMatchObject({ model: 'claude-sonnet-4-5', system: 'You are terse.' });
  });

  it('openai-compatible: chat completions with the system prompt as the first message', async () => {
    const provider = openAiStyleProvider({ name: 'openai-compatible', baseURL: `${fake.url}/v1`, apiKey: 'sekret' });
    const out = await provider.completeOnce({ ...request(), model: 'haiku' });
    expect(out).toMatchObject({
      provider: 'openai-compatible',
      model: 'claude-haiku-4-5',
      tokensIn: 12,
      tokensOut: 34,
    });
    expect(fake.requests[0]?.body.messages).toEqual([
      { role: 'system', content: 'You are terse.' },
      { role: 'user', content: 'Hello' },
    ]);
  });

  it('gateway: bearer auth, openclaw/<agent> model, session key and model override headers', async () => {
    const provider = gatewayProvider({ url: fake.url, token: 'sekret', agentId: 'buddy' });
    const out = await provider.completeOnce({ ...request(), model: 'opus' });
    expect(out.provider).toBe('gateway');
    const sent = fake.requests[0];
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe('Bearer sekret');
    expect(sent?.headers['x-openclaw-session-key']).toBe('buddy:run:run123');
    expect(sent?.headers['x-openclaw-model']).toBe('anthropic/claude-opus-4-1');
    expect(sent?.body.model).toBe('openclaw/buddy');
  });

  it('a wrong key is not retried', async () => {
    const provider = gatewayProvider({ url: fake.url, token: 'wrong', agentId: 'buddy' });
    await expect(completeWithRetries(provider, request(), { baseDelayMs: 1 })).rejects.toMatchObject({ status: 401 });
    expect(fake.requests).toHaveLength(0);
  });

  it('retries 429 and 500 with backoff, then succeeds', async () => {
    fake.script(['429', '500']);
    const provider = anthropicProvider({ apiKey: 'sekret', baseURL: fake.url });
    const retries: number[] = [];
    const out = await completeWithRetries(provider, request(), { baseDelayMs: 5, onRetry: (n) => retries.push(n) });
    expect(out.text).toContain('fake provider');
    expect(retries).toEqual([1, 2]);
    expect(fake.requests).toHaveLength(3);
  });

  it('gives up when the next retry would not start before the run deadline', async () => {
    fake.script(['500', '500', '500', '500']);
    const provider = openAiStyleProvider({ name: 'openai-compatible', baseURL: `${fake.url}/v1`, apiKey: 'sekret' });
    await expect(
      completeWithRetries(provider, request(), { baseDelayMs: 1000, deadline: Date.now() + 200 }),
    ).rejects.toMatchObject({ status: 500 });
    expect(fake.requests).toHaveLength(1);
  });

  it('a hanging provider is cut off by the run AbortSignal', async () => {
    fake.script(['hang']);
    const provider = gatewayProvider({ url: fake.url, token: 'sekret', agentId: 'buddy' });
    const started = Date.now();
    await expect(completeWithRetries(provider, request(AbortSignal.timeout(300)))).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(fake.requests).toHaveLength(1);
  });
});
