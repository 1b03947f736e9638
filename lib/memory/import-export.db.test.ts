import { describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { approveStagedItem } from '../staged-kinds/staging-decisions';
import { createStagedItem } from '../staging/create-staged-item';
import { applyMemoryProposal } from './apply-memory-proposal';
import { createMemoryEntry } from './create-memory-entry';
import { exportMemoryJson } from './export-memory-json';
import { exportOpenClawFiles } from './export-openclaw-files';
import { importMemoryJson } from './import-memory-json';
import { importOpenClawFiles } from './import-openclaw-files';
import { listMemoryForAgents } from './list-memory-for-agents';
import { proposeMemory } from './propose-memory';
import { proposalMetadataSchema } from './schemas';
import { exportToWorkspace, importFromWorkspace, agentWorkspaceDir } from './sync-openclaw-workspace';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const owner = 'owner:owner@example.com';
const count = async () => (await getDb()).memoryEntry.count();

describe('memory import and export', () => {
  it('round-trips JSON with provenance and history, skipping what already exists', async () => {
    const entry = await createMemoryEntry(
      { content: 'JSON round trip fact.', tags: ['json'] },
      { kind: 'job-run', id: 'run-1', createdBy: 'job:synthesis' },
    );
    const doc = JSON.parse(JSON.stringify(await exportMemoryJson(owner)));
    expect(doc.entries.find((e: { id: string }) => e.id === entry.id)).toMatchObject({
      sourceKind: 'job-run',
      sourceId: 'run-1',
      provenances: [{ sourceId: 'run-1' }],
    });
    const db = await getDb();
    await db.memoryEntry.delete({ where: { id: entry.id } });
    const report = await importMemoryJson(doc, owner);
    expect(report.created).toBe(1);
    const back = await db.memoryEntry.findUniqueOrThrow({
      where: { id: entry.id },
      include: { provenances: true, versions: true },
    });
    expect(back.provenances[0]).toMatchObject({ sourceKind: 'job-run', sourceId: 'run-1' });
    expect(back.versions).toHaveLength(1);
    expect((await importMemoryJson(doc, owner)).skipped).toBe(doc.entries.length);
  });

  it('rejects malformed or oversized JSON and imports nothing', async () => {
    const before = await count();
    await expect(importMemoryJson({ format: 'something-else', version: 1, entries: [] }, owner)).rejects.toThrow(
      /not a valid Buddy memory export/,
    );
    const good = {
      id: 'ok-1',
      content: 'fine',
      category: 'general',
      tags: [],
      pinned: false,
      status: 'active',
      sourceKind: 'owner',
      sourceId: null,
      createdBy: owner,
      expiresAt: null,
      deletedAt: null,
      mergedIntoId: null,
      version: 1,
      createdAt: '2026-01-01',
      updatedAt: '2026-01-01',
      provenances: [],
      versions: [],
    };
    const doc = { format: 'buddy-memory', version: 1, entries: [good, { ...good, id: 'bad-1', content: '' }] };
    await expect(importMemoryJson(doc, owner)).rejects.toMatchObject({
      fieldErrors: { 'entries.1.content': ['must not be empty'] },
    });
    await expect(
      importMemoryJson(
        { ...doc, entries: Array.from({ length: 50_001 }, (_, i) => ({ ...good, id: `x${i}` })) },
        owner,
      ),
    ).rejects.toThrow();
    expect(await count()).toBe(before);
  });

  it('rolls back a whole import when one write fails', async () => {
    const before = await count();
    const good = {
      id: 'dup-id',
      content: 'first',
      category: 'general',
      tags: [],
      pinned: false,
      status: 'active',
      sourceKind: 'owner',
      sourceId: null,
      createdBy: owner,
      expiresAt: null,
      deletedAt: null,
      mergedIntoId: null,
      version: 1,
      createdAt: '2026-01-01',
      updatedAt: '2026-01-01',
      provenances: [],
      versions: [],
    };
    await expect(
      importMemoryJson({ format: 'buddy-memory', version: 1, entries: [good, { ...good }] }, owner),
    ).rejects.toThrow(/twice/);
    // A version list with a repeated number makes the database refuse the second entry mid-transaction.
    const v = {
      version: 1,
      content: 'a',
      category: 'general',
      tags: [],
      pinned: false,
      status: 'active',
      expiresAt: null,
      changeKind: 'create',
      changed: [],
      changedBy: owner,
      note: null,
      createdAt: '2026-01-01',
    };
    const broken = [
      { ...good, id: 'tx-1' },
      { ...good, id: 'tx-2', versions: [v, v] },
    ];
    await expect(importMemoryJson({ format: 'buddy-memory', version: 1, entries: broken }, owner)).rejects.toThrow();
    expect(await count()).toBe(before);
  });

  it('imports MEMORY.md and daily notes, and re-imports an edited export as updates', async () => {
    const report = await importOpenClawFiles(
      {
        files: [
          { path: 'MEMORY.md', content: '## Tools\n\n- Uses pnpm for every repo\n- Prefers vitest\n' },
          { path: 'memory/2026-11-26.md', content: '# 2026-11-26\n\n- Fixed the flaky login test\n' },
        ],
      },
      owner,
    );
    expect(report).toEqual({ created: 3, updated: 0, skipped: 0 });
    const files = await exportOpenClawFiles();
    const memory = files.find((f) => f.path === 'MEMORY.md')?.content ?? '';
    expect(memory).toContain('## tools');
    expect(files.some((f) => f.path.startsWith('memory/'))).toBe(true);
    const edited = memory.replace('Prefers vitest', 'Prefers vitest over jest');
    expect(await importOpenClawFiles({ files: [{ path: 'MEMORY.md', content: edited }] }, owner)).toMatchObject({
      created: 0,
      updated: 1,
    });
  });

  it('rejects bad OpenClaw files without importing any of them', async () => {
    const before = await count();
    await expect(importOpenClawFiles({ files: [{ path: '../etc/passwd', content: '- x' }] }, owner)).rejects.toThrow();
    await expect(
      importOpenClawFiles(
        {
          files: [
            { path: 'MEMORY.md', content: '- fine\n' },
            { path: 'memory/2026-01-01.md', content: `- ${'z'.repeat(25_000)}\n` },
          ],
        },
        owner,
      ),
    ).rejects.toThrow(/nothing was imported/);
    expect(await count()).toBe(before);
  });

  it('syncs with the agent workspace in both directions', async () => {
    await createMemoryEntry(
      { content: 'Workspace sync fact.', category: 'sync' },
      { kind: 'owner', id: 'o', createdBy: owner },
    );
    const out = await exportToWorkspace(owner);
    const file = path.join(agentWorkspaceDir(), 'MEMORY.md');
    expect(readFileSync(file, 'utf8')).toContain('Workspace sync fact.');
    expect(out.files).toContain('MEMORY.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n## sync\n\n- Added by the agent\n`);
    const back = await importFromWorkspace(owner);
    expect(back.created).toBe(1);
  });
});

describe('memory proposals', () => {
  it('turn into entries with job-run provenance only when applied, once', async () => {
    const staged = await proposeMemory(
      {
        content: 'Weekly synthesis: owner rejects long PRs.',
        category: 'lessons',
        tags: ['feedback'],
        sourceRunId: 'run-42',
      },
      'job:feedback-synthesis',
    );
    const db = await getDb();
    const stored = await db.stagedItem.findUniqueOrThrow({ where: { id: staged.id } });
    expect(stored.kind).toBe('memory-proposal');
    const item = { ...stored, metadata: proposalMetadataSchema.parse(stored.metadata) };
    expect(await listMemoryForAgents({ q: 'synthesis rejects' })).toHaveLength(0);
    const { entryId } = await applyMemoryProposal(item);
    expect((await applyMemoryProposal(item)).entryId).toBe(entryId);
    const entry = await db.memoryEntry.findUniqueOrThrow({ where: { id: entryId } });
    expect(entry).toMatchObject({
      sourceKind: 'job-run',
      sourceId: 'run-42',
      category: 'lessons',
      stagedItemId: item.id,
    });
    const visible = await listMemoryForAgents({ q: 'synthesis rejects' });
    expect(visible.map((v) => v.id)).toEqual([entryId]);
  });

  it('refuses a proposal with broken metadata: the item is marked conflict with the reason', async () => {
    const db = await getDb();
    // The column holds JSON, so stored metadata can be of the wrong shape but never unparseable text.
    const unreadable = await createStagedItem({ kind: 'memory-proposal', title: 'Unreadable' }, 'agent:a');
    await db.stagedItem.update({ where: { id: unreadable.id }, data: { metadata: '{not json' } });
    expect(await approveStagedItem(unreadable.id, 'owner:o')).toMatchObject({
      status: 'conflict',
      reason: expect.stringMatching(/invalid metadata/),
    });
    const invalid = await createStagedItem(
      { kind: 'memory-proposal', title: 'Empty', metadata: { content: '' } },
      'agent:a',
    );
    expect(await approveStagedItem(invalid.id, 'owner:o')).toMatchObject({
      status: 'conflict',
      reason: expect.stringMatching(/invalid metadata: content/),
    });
    expect(await db.memoryEntry.count({ where: { stagedItemId: { in: [unreadable.id, invalid.id] } } })).toBe(0);
  });
});
