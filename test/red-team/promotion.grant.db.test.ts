import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect } from 'vitest';
import { getDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { attack } from './attack';
import { agentGrant, approve, legacyItem, stage } from './promotion.helpers';

let ws: string;
beforeAll(() => {
  ws = env().workspaceDir;
  mkdirSync(path.join(ws, '_active/other'), { recursive: true });
  mkdirSync(path.join(ws, '_experiments/x'), { recursive: true });
});

describe("a grant's resource patterns bound what it stages", () => {
  attack(
    {
      id: '15.4-stage-outside-grant',
      title: 'a grant limited to _experiments/x/** stages _active/other/README.md',
      target: 'app',
      layers: {
        'staging API (403 naming the path)': async () => {
          const { token, grantId } = await agentGrant(['_experiments/x/**']);
          const inside = await stage([{ targetPath: '_experiments/x/notes.md', content: 'ok' }], token);
          expect(inside.status).toBe(201);
          const outside = await stage(
            [
              { targetPath: '_experiments/x/ok.md', content: 'ok' },
              { targetPath: '_active/other/README.md', content: 'pwned' },
            ],
            token,
          );
          expect(outside.status).toBe(403);
          const problem = await outside.json();
          expect(Object.keys(problem.errors)).toEqual(['files.1.targetPath']);
          expect(problem.errors['files.1.targetPath'][0]).toMatch(/_active\/other\/README\.md is outside/);
          const db = await getDb();
          expect(await db.stagedItem.count({ where: { grantId } })).toBe(1);
          expect(await db.auditEvent.count({ where: { action: 'grants.deny', grantId } })).toBe(1);
        },
        'approval (the grant checked again, 403 naming the path)': async () => {
          const { grantId } = await agentGrant(['_experiments/x/**']);
          // Staged before staging checked patterns: one kept its grant id, one only its subject.
          for (const id of [
            await legacyItem([{ targetPath: '_active/other/README.md', content: 'pwned' }], 'agent:red-team', grantId),
            await legacyItem([{ targetPath: '_active/other/README.md', content: 'pwned' }], 'agent:red-team'),
          ]) {
            const response = await approve(id);
            expect(response.status).toBe(403);
            expect((await response.json()).errors['files.0.targetPath'][0]).toMatch(/_active\/other\/README\.md/);
            expect(existsSync(path.join(ws, '_active/other/README.md'))).toBe(false);
            const db = await getDb();
            expect((await db.stagedItem.findUniqueOrThrow({ where: { id } })).status).toBe('conflict');
          }
          // Inside the grant, approval goes through.
          const fine = await legacyItem(
            [{ targetPath: '_experiments/x/fine.md', content: 'ok' }],
            'agent:red-team',
            grantId,
          );
          expect((await approve(fine)).status).toBe(200);
        },
      },
    },
    60_000,
  );
});
