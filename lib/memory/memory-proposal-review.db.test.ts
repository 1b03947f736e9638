import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as approveRoute from '@/app/api/staging/[id]/approve/route';
import * as relatedRoute from '@/app/api/memory/related/route';
import { getDb } from '@/lib/db/client';
import { resetEnvForTests } from '@/lib/env';
import { type FakeEmbeddings, startFakeEmbeddings } from '@/test/providers/fake-embeddings-server';
import { callRoute, ownerHeaders } from '@/test/session';
import { createMemoryEntry } from './create-memory-entry';
import { scanIfStale } from './duplicate-scan/run-duplicate-scan';
import { findDuplicates } from './find-duplicates';
import { proposeMemory } from './propose-memory';

/**
 * Reviewing a memory proposal: the entries it duplicates or contradicts are found (the issue's
 * pinned "Postgres on port 5432" against "moved to 5433"), and approval merges, replaces or adds,
 * with field-level errors for a missing or wrong choice.
 */
const owner = { kind: 'owner' as const, id: 'owner@example.com', createdBy: 'owner:owner@example.com' };
let headers: Record<string, string>;
let pinnedId: string;
let editorId: string;

const approve = (id: string, body: unknown) =>
  callRoute(approveRoute.POST, `/api/staging/${id}/approve`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    params: { id },
    body: JSON.stringify(body),
  });
// The pairs after the worker's scan (its job, run here in-process).
const duplicates = async () => {
  await scanIfStale();
  return (await findDuplicates()).pairs;
};
const related = async (content: string) => {
  const res = await callRoute(relatedRoute.POST, '/api/memory/related', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ content }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { related: { kind: string; method: string; entry: { id: string } }[] }).related;
};

beforeAll(async () => {
  headers = await ownerHeaders();
  pinnedId = (await createMemoryEntry({ content: 'Postgres on port 5432', pinned: true }, owner)).id;
  editorId = (await createMemoryEntry({ content: 'The owner prefers dark mode in every editor.', tags: ['ui'] }, owner))
    .id;
  await createMemoryEntry({ content: 'Redis on port 6379' }, owner);
});

describe('memory proposals in staging', () => {
  it('finds the pinned entry a "moved to 5433" proposal contradicts, and replacing keeps its id and pin', async () => {
    expect(await related('Postgres moved to 5433')).toEqual([
      expect.objectContaining({ kind: 'contradiction', entry: expect.objectContaining({ id: pinnedId }) }),
    ]);
    const item = await proposeMemory({ content: 'Postgres moved to 5433' }, 'job:feedback-synthesis');

    const plain = await approve(item.id, {});
    expect(plain.status).toBe(400);
    expect(((await plain.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty('resolution');
    const wrong = await approve(item.id, { resolution: { action: 'replace' } });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty('resolution.entryId');
    const gone = await approve(item.id, { resolution: { action: 'replace', entryId: 'no-such-entry' } });
    expect(((await gone.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty('resolution.entryId');

    const ok = await approve(item.id, { resolution: { action: 'replace', entryId: pinnedId } });
    expect(ok.status).toBe(200);
    const db = await getDb();
    const entry = await db.memoryEntry.findUniqueOrThrow({ where: { id: pinnedId } });
    expect(entry).toMatchObject({ content: 'Postgres moved to 5433', pinned: true, deletedAt: null });
    expect(await db.memoryProvenance.count({ where: { entryId: pinnedId, createdBy: 'job:feedback-synthesis' } })).toBe(
      1,
    );
    expect((await db.stagedItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe('approved');
  });

  it('merges a reworded duplicate into the entry it repeats, which keeps its text and gains the tags', async () => {
    const item = await proposeMemory({ content: 'Owner likes dark mode in editors', tags: ['preferences'] }, 'job:x');
    expect((await related('Owner likes dark mode in editors')).map((r) => [r.kind, r.entry.id])).toEqual([
      ['duplicate', editorId],
    ]);
    const ok = await approve(item.id, { resolution: { action: 'merge', entryId: editorId } });
    expect(ok.status).toBe(200);
    const entry = await (await getDb()).memoryEntry.findUniqueOrThrow({ where: { id: editorId } });
    expect(entry.content).toBe('The owner prefers dark mode in every editor.');
    expect(entry.tags).toBe(',ui,preferences,');
    expect((await duplicates()).filter((p) => p.kind === 'duplicate')).toEqual([]);
  });

  it('adds a proposal beside what it resembles when the owner says so, and needs no choice for a new fact', async () => {
    const alike = await proposeMemory({ content: 'Redis moved to port 6380' }, 'job:x');
    expect((await approve(alike.id, { resolution: { action: 'add' } })).status).toBe(200);
    expect((await duplicates()).map((p) => [p.kind, p.disagreements])).toContainEqual([
      'contradiction',
      [{ kind: 'number', survivor: ['6379'], merged: ['6380'] }],
    ]);
    const fresh = await proposeMemory({ content: 'The cat is called Miso.' }, 'job:x');
    expect((await approve(fresh.id, {})).status).toBe(200);
    const bad = await approve((await proposeMemory({ content: 'Postgres runs on 5434' }, 'job:x')).id, {
      resolution: { action: 'delete-everything' },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty('resolution.action');
  });
});

describe('with an embeddings endpoint', () => {
  let server: FakeEmbeddings;
  beforeAll(async () => {
    server = await startFakeEmbeddings();
    await createMemoryEntry({ content: 'Reboot the laser printer on Mondays' }, owner);
  });
  afterAll(async () => {
    delete process.env.BUDDY_EMBEDDINGS_PROVIDER;
    delete process.env.BUDDY_EMBEDDINGS_URL;
    delete process.env.BUDDY_EMBEDDINGS_MODEL;
    resetEnvForTests();
    await server.close();
  });

  for (const [provider, path, url] of [
    ['openai-compatible', '/v1/embeddings', (base: string) => `${base}/v1`],
    ['ollama', '/api/embed', (base: string) => base],
  ] as const) {
    it(`catches a rewording the words miss through ${provider} (${path})`, async () => {
      const text = 'The printer needs a restart weekly';
      expect((await related(text)).filter((r) => r.method === 'embedding')).toEqual([]);
      process.env.BUDDY_EMBEDDINGS_PROVIDER = provider;
      process.env.BUDDY_EMBEDDINGS_URL = url(server.url);
      // Embeddings are cached per model and text: each protocol gets a model name of its own.
      process.env.BUDDY_EMBEDDINGS_MODEL = `embed-${provider}`;
      resetEnvForTests();
      const found = await related(text);
      expect(found).toEqual([expect.objectContaining({ kind: 'duplicate', method: 'embedding' })]);
      expect(server.requests.some((r) => r.path === path && r.body.model === `embed-${provider}`)).toBe(true);
      delete process.env.BUDDY_EMBEDDINGS_PROVIDER;
      resetEnvForTests();
    });
  }
});
