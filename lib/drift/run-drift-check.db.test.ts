import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import Docker from 'dockerode';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../api/errors';
import { getDb } from '../db/client';
import {
  architectureChangeMetadataSchema,
  onArchitectureChangeApproved,
  onDriftReportApproved,
  onDriftReportRejected,
} from './apply-drift-decision';
import { extractBlock } from './declared/extract-block';
import { listOpenDrift } from './open-drift-facts';
import { runDriftCheck } from './run-drift-check';
import { makeFixtureRoots } from './testing/fixture-roots';

/** The check's bookkeeping and the decisions, on temp folders and a label no container carries. */
let fx: ReturnType<typeof makeFixtureRoots>;
beforeAll(() => {
  fx = makeFixtureRoots(`buddy.role,buddy.drifttest=none-${randomBytes(4).toString('hex')}`);
});
afterAll(() => fx.cleanup());

const stagedItem = async (id: string) => (await getDb()).stagedItem.findUniqueOrThrow({ where: { id } });
/** A staged architecture change as its approval effect receives it: the stored metadata fits the declared schema. */
const changeItem = async (id: string) => {
  const item = await stagedItem(id);
  return { ...item, metadata: architectureChangeMetadataSchema.parse(item.metadata) };
};

describe('runDriftCheck and the decisions', () => {
  let firstReport = '';

  it('records "no drift" as a successful outcome', async () => {
    expect(await runDriftCheck({ trigger: 'manual' })).toMatchObject({
      outcome: 'no-drift',
      itemCount: 0,
      reason: expect.stringMatching(/No drift/),
    });
  });

  it('stages a report once for new drift, then recognises the same drift as already reported', async () => {
    fx.addSkill('extra');
    fx.addSecret('surprise_token');
    const first = await runDriftCheck({ trigger: 'schedule', runId: 'run-1' });
    expect(first).toMatchObject({ outcome: 'staged', itemCount: 2 });
    firstReport = first.stagedItemId ?? '';
    const item = await stagedItem(firstReport);
    expect(item).toMatchObject({ kind: 'drift-report', createdBy: 'job:infra-health', status: 'pending' });
    expect((item.metadata as { fingerprints: string[] }).fingerprints).toHaveLength(2);
    expect(item.body).toContain('### secret.surprise_token');

    const second = await runDriftCheck({ trigger: 'schedule', runId: 'run-2' });
    expect(second).toMatchObject({ outcome: 'already-reported', itemCount: 2 });
    expect(second.stagedItemId).toBeUndefined();
  });

  it('rejecting keeps the drift open for the page and the briefing, and does not re-report it', async () => {
    await onDriftReportRejected({ id: firstReport });
    expect((await listOpenDrift()).map((d) => `${d.resource}.${d.fieldPath}`).sort()).toEqual([
      'secret.surprise_token.',
      'skills.all.count',
    ]);
    expect(await runDriftCheck({ trigger: 'manual' })).toMatchObject({ outcome: 'already-reported' });
  });

  it('approving proposes an architecture change that matches reality; approving that writes the page', async () => {
    fx.removeExtension('sandbox-exec');
    const check = await runDriftCheck({ trigger: 'manual' });
    expect(check).toMatchObject({ outcome: 'staged', itemCount: 3 });
    const report = await stagedItem(check.stagedItemId ?? '');
    expect((report.metadata as { fingerprints: string[] }).fingerprints).toHaveLength(1); // only the new drift

    const before = readFileSync(fx.architecture, 'utf8');
    const { changeItemId } = await onDriftReportApproved({ id: report.id });
    const change = await changeItem(changeItemId);
    expect(change.kind).toBe('architecture-change');
    const proposed = { page: change.metadata.page ?? '', changelog: { content: change.metadata.changelog?.content } };
    expect(parse(extractBlock(proposed.page)?.yaml ?? '')).toMatchObject({
      version: 'v1.8',
      extensions: ['governance-enforcement'],
    });
    expect(proposed.page).toContain('Prose that must survive.');
    expect(proposed.changelog.content).toContain('## v1.8 (');
    expect(change.body).toContain('- Removed extension `sandbox-exec`.');
    expect(readFileSync(fx.architecture, 'utf8')).toBe(before); // proposing writes nothing

    await onArchitectureChangeApproved(change);
    expect(readFileSync(fx.architecture, 'utf8')).toBe(proposed.page);
    expect(readFileSync(fx.changelog, 'utf8')).toBe(proposed.changelog.content);
    const after = await runDriftCheck({ trigger: 'manual' });
    expect(after).toMatchObject({ outcome: 'already-reported', itemCount: 2 }); // the extension drift cleared
    const db = await getDb();
    expect((await db.driftItem.findFirstOrThrow({ where: { resource: 'extension.sandbox-exec' } })).state).toBe(
      'resolved',
    );
  });

  it('refuses to write a page that was edited after the change was proposed', async () => {
    fx.removeSecret('surprise_token');
    fx.removeSkill('extra');
    fx.addExtension('cron-circuit-breaker');
    const check = await runDriftCheck({ trigger: 'manual' });
    const report = await stagedItem(check.stagedItemId ?? '');
    const { changeItemId } = await onDriftReportApproved(report);
    writeFileSync(fx.architecture, `${readFileSync(fx.architecture, 'utf8')}\nEdited by hand.\n`);
    const edited = readFileSync(fx.architecture, 'utf8');
    await expect(onArchitectureChangeApproved(await changeItem(changeItemId))).rejects.toBeInstanceOf(ConflictError);
    expect(readFileSync(fx.architecture, 'utf8')).toBe(edited);
    const db = await getDb();
    expect((await db.driftReport.findFirstOrThrow({ where: { changeItemId } })).changeStatus).toBe('conflict');
  });

  it('counts ignored drift without reporting it, and flags unused rules', async () => {
    fx.writeIgnore('extension.cron-*   # trial extension\njob.nothing-like-this\n');
    const result = await runDriftCheck({ trigger: 'manual' });
    expect(result).toMatchObject({ outcome: 'no-drift', reason: expect.stringMatching(/1 ignored/) });
    const db = await getDb();
    const check = await db.driftCheck.findUniqueOrThrow({ where: { id: result.checkId } });
    expect(check.ignoredCount).toBe(1);
    expect(check.rules).toEqual([
      { line: 1, text: 'extension.cron-*', negate: false, matches: 1, unused: false },
      { line: 2, text: 'job.nothing-like-this', negate: false, matches: 0, unused: true },
    ]);
  });

  it('turns an unreachable Docker engine into a drift item instead of failing', async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as { port: number }).port;
        srv.close(() => resolve(p));
      });
    });
    const result = await runDriftCheck({
      trigger: 'manual',
      dockerClient: new Docker({ host: '127.0.0.1', port, protocol: 'http' }),
    });
    expect(result.outcome).toBe('staged');
    const db = await getDb();
    const item = await db.driftItem.findFirstOrThrow({ where: { resource: 'collector.docker', state: 'open' } });
    expect(item.message).toMatch(/Docker engine unreachable/);
  });
});
