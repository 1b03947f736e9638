import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { POST as checkPath } from '../../app/api/governance/check-path/route';
import { countedRefusals } from '../../lib/audit/count-refusal';
import { recordAudit } from '../../lib/audit/record-audit';
import { verifyAuditChain } from '../../lib/audit/verify-audit-chain';
import { getDb } from '../../lib/db/client';
import { env } from '../../lib/env';
import { issueGrant } from '../../lib/governance/grants/issue-grant';
import { attack } from './attack';
import { serveRoutes } from './serve-routes';

const FLOOD = 300;
let app: Awaited<ReturnType<typeof serveRoutes>>;

beforeAll(async () => {
  app = await serveRoutes([{ method: 'POST', path: /^\/api\/governance\/check-path$/, handler: checkPath }]);
});
afterAll(() => app.close());

const asAgent = (token: string) =>
  fetch(`${app.base}/api/governance/check-path`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ path: '_active/shop/app.ts' }),
  });

/** `npm run audit:verify` as the owner runs it, against this test's database and data folder. */
async function auditVerifyCli(): Promise<{ code: number; output: string }> {
  const run = promisify(execFile);
  try {
    const { stdout } = await run('npm', ['run', '-s', 'audit:verify'], {
      env: { ...process.env, DATABASE_URL: env().DATABASE_URL, BUDDY_DATA_DIR: env().dataDir },
    });
    return { code: 0, output: stdout };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, output: stderr };
  }
}

describe('red team: audit log (issue 15.9)', () => {
  attack(
    {
      id: '15.9-audit-flood-unknown-tokens',
      title: `${FLOOD} requests with unknown bearer tokens while a real agent calls`,
      target: 'app',
      layers: {
        'audit: unknown tokens counted per minute, not chained (the real agent call succeeds)': async () => {
          const { token } = await issueGrant(
            { subjectKind: 'agent', subject: 'flood-witness', scopes: ['staging:write'] },
            'owner:owner@example.com',
          );
          const db = await getDb();
          const chainedBefore = await db.auditEvent.count();
          const flood = Array.from({ length: FLOOD }, (_, i) => asAgent(`bdy_junk-${i}`).then((r) => r.status));
          const legit = await asAgent(token);
          const statuses = await Promise.all(flood);
          expect(legit.status).toBe(200);
          expect(statuses.every((s) => s === 401)).toBe(true);
          expect(await countedRefusals('unknown-token')).toBe(FLOOD);
          const added = await db.auditEvent.findMany({ where: { seq: { gt: chainedBefore } } });
          // The real call's own use, plus at most one per-minute summary if the flood crossed a minute.
          expect(added.filter((r) => r.action === 'grants.use')).toHaveLength(1);
          expect(
            added.filter((r) => r.action !== 'grants.use').every((r) => r.action === 'audit.refusals-counted'),
          ).toBe(true);
          expect(added.length).toBeLessThanOrEqual(2);
          expect(await verifyAuditChain()).toMatchObject({ ok: true });
        },
      },
    },
    120_000,
  );

  attack(
    {
      id: '15.9-audit-truncate-tail',
      title: 'the newest audit events are deleted from the database',
      target: 'app',
      layers: {
        'audit: signed chain head (npm run audit:verify fails)': async () => {
          for (let i = 0; i < 3; i++) await recordAudit({ actor: 'system', action: 'test.write', target: `t${i}` });
          expect(await verifyAuditChain()).toMatchObject({ ok: true });
          const db = await getDb();
          const last = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: 'desc' } });
          await db.auditEvent.deleteMany({ where: { seq: { gte: last.seq - 1 } } });
          const report = await verifyAuditChain();
          expect(report).toMatchObject({ ok: false, brokenAt: last.seq - 1 });
          expect(report.problem).toMatch(/cut off the end/);
          const cli = await auditVerifyCli();
          expect(cli.code).toBe(1);
          expect(cli.output).toMatch(/audit log BROKEN .* cut off the end/);
          // Moving the head back by hand does not help without the key, which is not in the database.
          const newest = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: 'desc' } });
          await db.auditHead.update({ where: { id: 1 }, data: { seq: newest.seq, hash: newest.hash } });
          expect((await verifyAuditChain()).problem).toMatch(/not signed/);
          await db.auditHead.deleteMany();
          expect((await verifyAuditChain()).problem).toMatch(/head of the chain is missing/);
        },
      },
    },
    120_000,
  );
});
