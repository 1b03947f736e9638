import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as rebuild } from '@/app/api/briefings/route';
import { getDb } from '@/lib/db/client';
import { resetEnvForTests } from '@/lib/env';
import { callRoute, ownerHeaders } from '@/test/session';
import { type FakeProvider, startFakeProvider } from '@/test/providers/fake-provider-server';

// "Rebuild now" from the Today page, with a provider speaking the Anthropic Messages API on 127.0.0.1.
let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider({ token: 'sk-test' });
});
afterAll(async () => {
  await fake.close();
  delete process.env.BUDDY_AI_PROVIDER;
  resetEnvForTests();
});

const post = async () => callRoute(rebuild, '/api/briefings', { method: 'POST', headers: await ownerHeaders() });
const proseOf = async (id: string) =>
  ((await (await getDb()).briefing.findUniqueOrThrow({ where: { id } })).sections as { prose: { note: string } }).prose;

describe('POST /api/briefings ("Rebuild now")', () => {
  it("writes the briefing model's prose beside the facts when a provider is configured", async () => {
    Object.assign(process.env, {
      BUDDY_AI_PROVIDER: 'anthropic',
      BUDDY_AI_API_KEY: 'sk-test',
      BUDDY_AI_BASE_URL: fake.url,
    });
    resetEnvForTests();
    fake.setReply('Nothing failed overnight; nothing waits for review.');
    const before = fake.requests.length;
    const res = await post();
    expect(res.status).toBe(201);
    const { briefingId } = (await res.json()) as { briefingId: string };
    expect(await proseOf(briefingId)).toEqual({
      text: 'Nothing failed overnight; nothing waits for review.',
      note: null,
    });
    const sent = fake.requests.slice(before);
    expect(sent).toHaveLength(1);
    // The morning-briefing job's model (haiku), asked with the facts only.
    expect(sent[0]?.body).toMatchObject({ model: 'claude-haiku-4-5' });
    expect(JSON.stringify(sent[0]?.body)).toContain('Use only the facts given');
    const briefing = await (await getDb()).briefing.findUniqueOrThrow({ where: { id: briefingId } });
    expect(briefing.trigger).toBe('manual');
    expect(briefing.body.startsWith('Nothing failed overnight')).toBe(true);
  });

  it('keeps the facts and says why when the model fails, and without a provider', async () => {
    fake.script(['500', '500']);
    const failed = (await (await post()).json()) as { briefingId: string };
    expect((await proseOf(failed.briefingId)).note).toMatch(/^The model could not write a summary \(/);
    process.env.BUDDY_AI_PROVIDER = 'none';
    resetEnvForTests();
    const without = (await (await post()).json()) as { briefingId: string };
    expect(await proseOf(without.briefingId)).toEqual({
      text: null,
      note: 'No model provider is configured, so no summary.',
    });
  });
});
