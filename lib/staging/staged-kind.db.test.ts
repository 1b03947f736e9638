import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../api/errors';
import { getDb } from '../db/client';
import { env } from '../env';
import { createStagedItem } from './create-staged-item';
import { defineStagedKind } from './staged-kind';
import { createStagingDecisions } from './staging-decisions';

/** A kind declared the way a domain declares one, recording what staging hands it. */
const seen = { checked: [] as unknown[], approved: [] as unknown[], rejected: [] as string[] };
const noteSchema = z.object({ text: z.string().min(1), resolution: z.object({ keep: z.boolean() }).optional() });
const briefing = defineStagedKind({
  kind: 'briefing',
  metadata: noteSchema,
  async checkApproval(metadata, choice) {
    seen.checked.push(metadata);
    if (choice !== undefined && typeof choice !== 'boolean') throw new ValidationError('The choice is invalid.');
    return { keep: choice ?? true };
  },
  async onApprove(item) {
    seen.approved.push(item.metadata);
    if (item.metadata.text === 'fail') throw new Error('the owning domain refused');
  },
  async onReject(item) {
    seen.rejected.push(item.id);
  },
});
const staging = createStagingDecisions([briefing]);
const OWNER = 'owner:owner@example.com';

beforeAll(() => mkdirSync(path.join(env().workspaceDir, '_active'), { recursive: true }));

describe('a kind declared by its domain', () => {
  it('gets its metadata checked and typed, and the owner choice its check returned', async () => {
    const item = await createStagedItem({ kind: 'briefing', title: 'B', metadata: { text: 'hello' } }, 'job:b');
    expect(await staging.approveStagedItem(item.id, OWNER, undefined, false)).toMatchObject({ status: 'approved' });
    expect(seen.checked.at(-1)).toEqual({ text: 'hello' });
    expect(seen.approved.at(-1)).toEqual({ text: 'hello', resolution: { keep: false } });
    const stored = await (await getDb()).stagedItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored.metadata).toEqual({ text: 'hello', resolution: { keep: false } });
  });

  it('refuses a wrong choice before claiming the item: it stays pending', async () => {
    const item = await createStagedItem({ kind: 'briefing', title: 'B', metadata: { text: 'x' } }, 'job:b');
    await expect(staging.approveStagedItem(item.id, OWNER, undefined, 'maybe')).rejects.toMatchObject({ status: 400 });
    expect((await (await getDb()).stagedItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe('pending');
  });

  it('marks an item with invalid metadata conflict and rolls its files back, without running the effect', async () => {
    const approvedBefore = seen.approved.length;
    const item = await createStagedItem(
      {
        kind: 'briefing',
        title: 'B',
        metadata: { text: '' },
        files: [{ targetPath: '_active/briefing-invalid.md', content: 'x', baseHash: null }],
      },
      'job:b',
    );
    expect(await staging.approveStagedItem(item.id, OWNER)).toMatchObject({
      status: 'conflict',
      reason: expect.stringMatching(/briefing item has invalid metadata: text/),
    });
    expect(seen.approved).toHaveLength(approvedBefore);
    expect(existsSync(path.join(env().workspaceDir, '_active/briefing-invalid.md'))).toBe(false);
  });

  it('marks the item conflict when its effect throws', async () => {
    const item = await createStagedItem({ kind: 'briefing', title: 'B', metadata: { text: 'fail' } }, 'job:b');
    expect(await staging.approveStagedItem(item.id, OWNER)).toMatchObject({
      status: 'conflict',
      reason: expect.stringMatching(/the owning domain refused/),
    });
  });

  it('runs its rejection effect', async () => {
    const item = await createStagedItem({ kind: 'briefing', title: 'B', metadata: { text: 'r' } }, 'job:b');
    await staging.rejectStagedItem(item.id, OWNER, 'not today');
    expect(seen.rejected).toContain(item.id);
  });

  it('is declared once: a second declaration of the same kind fails at load', () => {
    expect(() => createStagingDecisions([briefing, briefing])).toThrow(/declared twice/);
  });
});
