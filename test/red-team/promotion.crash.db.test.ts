import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect } from 'vitest';
import { GET as listRoute } from '@/app/api/staging/route';
import { getDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { sha256 } from '@/lib/staging/file-hash';
import { callRoute, ownerHeaders } from '@/test/session';
import { attack } from './attack';
import { approve, stage } from './promotion.helpers';

let ws: string;
beforeAll(() => {
  ws = env().workspaceDir;
});

/** Approves `id` in a real child process that kills itself (SIGKILL) after `crashAfter` file writes. */
function approveInChildThatCrashes(id: string, crashAfter: number): Promise<{ signal: string | null; output: string }> {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'test/red-team/promotion.crash-child.ts', id],
    {
      env: { ...process.env, NODE_ENV: 'test', BUDDY_TEST_PROMOTION_CRASH_AFTER: String(crashAfter) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ signal, output })));
}

const read = (rel: string) => (existsSync(path.join(ws, rel)) ? readFileSync(path.join(ws, rel), 'utf8') : null);

async function itemState(id: string) {
  const db = await getDb();
  const item = await db.stagedItem.findUniqueOrThrow({ where: { id } });
  return { status: item.status, journal: await db.promotionJournalEntry.count({ where: { itemId: id } }) };
}

/** A restart: the next process that opens the queue settles interrupted promotions. */
async function openQueue(): Promise<void> {
  const response = await callRoute(listRoute, '/api/staging', { headers: await ownerHeaders() });
  expect(response.status).toBe(200);
}

async function stageThree(dir: string): Promise<string> {
  mkdirSync(path.join(ws, dir), { recursive: true });
  writeFileSync(path.join(ws, dir, 'a.md'), 'a1');
  writeFileSync(path.join(ws, dir, 'b.md'), 'b1');
  const response = await stage([
    { targetPath: `${dir}/a.md`, content: 'a2', baseHash: sha256('a1') },
    { targetPath: `${dir}/b.md`, content: 'b2', baseHash: sha256('b1') },
    { targetPath: `${dir}/new/c.md`, content: 'c2', baseHash: null },
  ]);
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function recoveries(id: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.auditEvent.findMany({ where: { target: `staged-item:${id}`, action: 'staging.recover' } });
  return rows.map((r) => r.reason ?? '');
}

describe('approval survives a crash mid-promotion', () => {
  attack(
    {
      id: '15.3-crash-mid-promotion',
      title: 'kill the approving process between two file writes, restart, approve again',
      target: 'app',
      layers: {
        'promotion journal: a restart rolls a half-written promotion back': async () => {
          const id = await stageThree('_active/crash1');
          const { signal, output } = await approveInChildThatCrashes(id, 1);
          expect(signal, output).toBe('SIGKILL');
          // Half-promoted: one file written, the item held in `promoting` with its journal.
          expect([read('_active/crash1/a.md'), read('_active/crash1/b.md'), read('_active/crash1/new/c.md')]).toEqual([
            'a2',
            'b1',
            null,
          ]);
          expect(await itemState(id)).toEqual({ status: 'promoting', journal: 3 });

          await openQueue();
          expect([read('_active/crash1/a.md'), read('_active/crash1/b.md'), read('_active/crash1/new/c.md')]).toEqual([
            'a1',
            'b1',
            null,
          ]);
          expect(await itemState(id)).toEqual({ status: 'pending', journal: 0 });
          expect(await recoveries(id)).toEqual([expect.stringMatching(/interrupted: rolled-back/)]);
          expect(readdirSync(path.join(ws, '_active/crash1')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

          // And approving it again works, all of it.
          const again = await approve(id);
          expect(again.status).toBe(200);
          expect(await again.json()).toMatchObject({ status: 'promoted' });
          expect([read('_active/crash1/a.md'), read('_active/crash1/b.md'), read('_active/crash1/new/c.md')]).toEqual([
            'a2',
            'b2',
            'c2',
          ]);
          expect(await itemState(id)).toEqual({ status: 'promoted', journal: 0 });
        },
        'promotion journal: a restart finishes a fully written promotion': async () => {
          const id = await stageThree('_active/crash2');
          const { signal, output } = await approveInChildThatCrashes(id, 3);
          expect(signal, output).toBe('SIGKILL');
          expect(await itemState(id)).toEqual({ status: 'promoting', journal: 3 });
          await openQueue();
          expect(await itemState(id)).toEqual({ status: 'promoted', journal: 0 });
          expect(await recoveries(id)).toEqual([expect.stringMatching(/interrupted: finished/)]);
          expect(read('_active/crash2/new/c.md')).toBe('c2');
          // A finished item is decided: approving it again is refused, not repeated.
          expect((await approve(id)).status).toBe(409);
        },
      },
    },
    120_000,
  );
});
