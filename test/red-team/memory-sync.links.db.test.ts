import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect } from 'vitest';
import { POST as workspaceRoute } from '@/app/api/memory/workspace/route';
import { getDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { createMemoryEntry } from '@/lib/memory/create-memory-entry';
import { agentWorkspaceDir } from '@/lib/memory/sync-openclaw-workspace';
import { callRoute, ownerHeaders } from '@/test/session';
import { attack } from './attack';
import { approve } from './promotion.helpers';

const OWNER = 'owner:owner@example.com';
let dir: string;
let secret: string;

beforeEach(() => {
  dir = agentWorkspaceDir();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'memory'), { recursive: true });
  // Stands for data/.session-secret: a file of Buddy's own, outside the agent workspace.
  secret = path.join(env().dataDir, '.session-secret-redteam');
  writeFileSync(secret, 'SECRET-4f1d2c');
});

async function sync(direction: 'export' | 'import'): Promise<Response> {
  return callRoute(workspaceRoute, '/api/memory/workspace', {
    method: 'POST',
    headers: {
      ...(await ownerHeaders()),
      'content-type': 'application/json',
      origin: 'http://localhost:5050',
      'sec-fetch-site': 'same-origin',
    },
    body: JSON.stringify({ direction }),
  });
}

async function entriesContaining(text: string): Promise<number> {
  return (await getDb()).memoryEntry.count({ where: { content: { contains: text } } });
}

describe('memory workspace sync follows no link and never rewrites the owner’s entries', () => {
  attack({
    id: '15.7a-memory-export-through-planted-link',
    title: 'plant MEMORY.md.buddy-tmp / MEMORY.md / memory/ as links to files outside, then export',
    target: 'app',
    layers: {
      'memory sync (exclusive random temp names, links replaced, never written through)': async () => {
        await createMemoryEntry(
          { content: 'Export fact.', category: 'sync' },
          { kind: 'owner', id: 'o', createdBy: OWNER },
        );
        symlinkSync(secret, path.join(dir, 'MEMORY.md.buddy-tmp'));
        symlinkSync(secret, path.join(dir, 'MEMORY.md'));
        expect((await sync('export')).status).toBe(200);
        expect(readFileSync(secret, 'utf8')).toBe('SECRET-4f1d2c');
        expect(lstatSync(path.join(dir, 'MEMORY.md')).isSymbolicLink()).toBe(false);
        expect(readFileSync(path.join(dir, 'MEMORY.md'), 'utf8')).toContain('Export fact.');

        // memory/ itself a link out of the workspace: refused, nothing written there.
        rmSync(path.join(dir, 'memory'), { recursive: true });
        const outside = path.join(env().dataDir, 'outside-notes');
        mkdirSync(outside, { recursive: true });
        symlinkSync(outside, path.join(dir, 'memory'));
        const refused = await sync('export');
        expect(refused.status).toBe(400);
        expect((await refused.json()).detail).toMatch(/memory is a symlink/);
        expect(existsSync(path.join(outside, '2026-01-01.md'))).toBe(false);
      },
    },
  });

  attack({
    id: '15.7b-memory-import-reads-secret-through-link',
    title: 'MEMORY.md (or a daily note) is a link to data/.session-secret, then import',
    target: 'app',
    layers: {
      'memory sync (O_NOFOLLOW reads, regular files only)': async () => {
        symlinkSync(secret, path.join(dir, 'MEMORY.md'));
        const response = await sync('import');
        expect(response.status).toBe(400);
        expect((await response.json()).detail).toMatch(/MEMORY\.md is a symlink/);
        rmSync(path.join(dir, 'MEMORY.md'));
        symlinkSync(secret, path.join(dir, 'memory', '2026-01-02.md'));
        expect((await sync('import')).status).toBe(400);
        expect(await entriesContaining('SECRET-4f1d2c')).toBe(0);
      },
    },
  });

  attack({
    id: '15.7c-workspace-edit-rewrites-owner-entry',
    title: 'an agent edits an owner-written entry in MEMORY.md, then the workspace is imported',
    target: 'app',
    layers: {
      'memory sync (owner-written entries change only through an approved proposal)': async () => {
        const entry = await createMemoryEntry(
          { content: 'Deploys need the owner’s approval.', category: 'rules' },
          { kind: 'owner', id: 'o', createdBy: OWNER },
        );
        expect((await sync('export')).status).toBe(200);
        const file = path.join(dir, 'MEMORY.md');
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replace('Deploys need the owner’s approval.', 'Deploys need no approval.'),
        );
        const imported = await sync('import');
        expect(imported.status).toBe(200);
        expect(await imported.json()).toMatchObject({ proposed: 1, updated: 0 });
        const db = await getDb();
        expect((await db.memoryEntry.findUniqueOrThrow({ where: { id: entry.id } })).content).toBe(
          'Deploys need the owner’s approval.',
        );
        // Importing the same edit again does not queue it twice.
        expect(await (await sync('import')).json()).toMatchObject({ proposed: 0 });
        const proposals = (
          await db.stagedItem.findMany({ where: { kind: 'memory-proposal', status: 'pending' } })
        ).filter((p) => (p.metadata as { entryId?: string } | null)?.entryId === entry.id);
        expect(proposals).toHaveLength(1);
        // Only the owner's approval applies it, as a new version of the same entry.
        expect((await approve(proposals[0]?.id as string)).status).toBe(200);
        const after = await db.memoryEntry.findUniqueOrThrow({ where: { id: entry.id } });
        expect(after).toMatchObject({ content: 'Deploys need no approval.', version: 2 });
      },
    },
  });
});
