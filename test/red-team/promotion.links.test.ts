import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect } from 'vitest';
import { getDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { attack } from './attack';
import { runWithWorkspaceMounts } from './os-layer';
import { approve, legacyItem, stage } from './promotion.helpers';

let ws: string;
beforeAll(() => {
  ws = env().workspaceDir;
  for (const dir of ['_active/x', '_experiments/x', '_governance', '_archive'])
    mkdirSync(path.join(ws, dir), { recursive: true });
});

async function statusOf(id: string): Promise<string | undefined> {
  return (await (await getDb()).stagedItem.findUnique({ where: { id } }))?.status;
}

describe('promotion never follows a link into a protected layer', () => {
  attack(
    {
      id: '15.1-promote-through-symlink',
      title: 'link _active/x/gov -> ../../_governance, stage _active/x/gov/p.md, approve',
      target: 'workspace',
      layers: {
        'promotion rules (no link followed)': async () => {
          symlinkSync('../../_governance', path.join(ws, '_active/x/gov'));
          const staged = await stage([{ targetPath: '_active/x/gov/p.md', content: 'pwned', baseHash: null }]);
          expect(staged.status).toBe(201);
          const { id } = (await staged.json()) as { id: string };
          const response = await approve(id);
          expect(response.status).toBe(409);
          expect((await response.json()).detail).toMatch(/_active\/x\/gov is a symlink/);
          expect(existsSync(path.join(ws, '_governance/p.md'))).toBe(false);
          expect(await statusOf(id)).toBe('conflict');

          // The folder is swapped for a link after staging (it was a real folder when the job read it).
          mkdirSync(path.join(ws, '_active/y'));
          const later = await stage([{ targetPath: '_active/y/p.md', content: 'pwned', baseHash: null }]);
          const laterId = ((await later.json()) as { id: string }).id;
          rmSync(path.join(ws, '_active/y'), { recursive: true });
          symlinkSync('../_governance', path.join(ws, '_active/y'));
          expect((await approve(laterId)).status).toBe(409);
          expect(existsSync(path.join(ws, '_governance/p.md'))).toBe(false);
        },
        'OS mounts (dashboard: _governance read-only)': async () => {
          const result = await runWithWorkspaceMounts(
            'dashboard',
            ws,
            'echo ok > _active/x/control.md && echo pwned > _active/x/gov/p.md',
            0,
          );
          expect(result.output).toMatch(/Read-only file system/);
          expect(result.exitCode).not.toBe(0);
          // The same container could write where the dashboard may: only the read-only mount refused.
          expect(readFileSync(path.join(ws, '_active/x/control.md'), 'utf8')).toBe('ok\n');
          expect(existsSync(path.join(ws, '_governance/p.md'))).toBe(false);
        },
      },
    },
    120_000,
  );

  attack(
    {
      id: '15.2-promote-into-dot-git',
      title: 'stage _experiments/x/.git/config (core.fsmonitor) in any letter case, approve',
      target: 'workspace',
      layers: {
        'staging API (field-level 400)': async () => {
          for (const segment of ['.git', '.GIT', '.Git', '.git.']) {
            const response = await stage([
              { targetPath: `_experiments/x/${segment}/config`, content: '[core]\n\tfsmonitor = touch /tmp/pwned\n' },
            ]);
            expect(response.status).toBe(400);
            expect((await response.json()).errors['files.0.targetPath'][0]).toMatch(/\.git segment/);
          }
        },
        'promotion rules at approval': async () => {
          // Staged before the staging rule existed: approval refuses it on its own.
          for (const segment of ['.git', '.GIT', '.Git']) {
            const id = await legacyItem([
              { targetPath: `_experiments/x/${segment}/config`, content: '[core]\n\tfsmonitor = touch /tmp/pwned\n' },
            ]);
            const response = await approve(id);
            expect(response.status).toBe(409);
            expect((await response.json()).detail).toMatch(/\.git segment/);
            expect(existsSync(path.join(ws, '_experiments/x', segment))).toBe(false);
          }
        },
      },
    },
    60_000,
  );
});
