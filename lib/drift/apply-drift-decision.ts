import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { writeFileAtomic } from '../fs/write-file-atomic';
import { getDb } from '../db/client';
import { publishEvent } from '../events/publish';
import { createStagedItem } from '../staging/create-staged-item';
import { proposeArchitecture, sha256 } from './propose-architecture';
import { driftRoots } from './roots';
import { type DocPatch, patchSchema } from './types';

/**
 * Effects of the owner's decisions on staged drift items (declared in lib/drift/staged-kinds.ts).
 * Approving a drift report ("the documentation is wrong") only *proposes* a new architecture page;
 * approving that proposal is the one path that writes governance/architecture.md.
 */
type Decided = { id: string };

async function reportFor(stagedItemId: string) {
  const db = await getDb();
  const report = await db.driftReport.findUnique({ where: { stagedItemId } });
  if (!report) throw new NotFoundError(`No drift report belongs to staged item ${stagedItemId}.`);
  return report;
}

export async function onDriftReportApproved(item: Decided): Promise<{ changeItemId: string }> {
  const db = await getDb();
  const report = await reportFor(item.id);
  if (report.changeItemId) return { changeItemId: report.changeItemId }; // approving twice proposes once
  const fingerprints = z.array(z.string()).parse(JSON.parse(report.fingerprints));
  const items = await db.driftItem.findMany({ where: { id: { in: fingerprints } } });
  const patches: DocPatch[] = items.flatMap((i) => (i.patch ? [patchSchema.parse(JSON.parse(i.patch))] : []));
  const file = driftRoots().architectureFile;
  const current = await readFile(file, 'utf8');
  const { content, version } = proposeArchitecture(current, patches);
  const skipped = items.length - patches.length;
  const change = await createStagedItem(
    {
      kind: 'architecture-change',
      title: `Update governance/architecture.md to ${version ?? 'match reality'}`,
      summary: `Makes the documented architecture match what runs (${patches.length} change(s)${skipped ? `; ${skipped} item(s) such as unreachable engines cannot be fixed in the document` : ''}).`,
      body: content,
      sourceJob: 'infra-health',
      metadata: {
        target: 'governance/architecture.md',
        baseHash: sha256(current),
        driftReportStagedItemId: item.id,
        fingerprints,
        version,
      },
    },
    'system:drift',
  );
  await db.driftReport.update({
    where: { id: report.id },
    data: { status: 'approved', decidedAt: new Date(), changeItemId: change.id, changeStatus: 'pending' },
  });
  await recordAudit({
    actor: 'system:drift',
    action: 'drift.report-approved',
    target: item.id,
    reason: `proposed architecture change ${change.id}`,
  });
  await publishEvent('drift', 'report-approved', report.id);
  return { changeItemId: change.id };
}

/** "The environment is wrong": nothing changes in the document and the drift stays open. */
export async function onDriftReportRejected(item: Decided): Promise<void> {
  const db = await getDb();
  const report = await reportFor(item.id);
  await db.driftReport.update({ where: { id: report.id }, data: { status: 'rejected', decidedAt: new Date() } });
  await recordAudit({
    actor: 'system:drift',
    action: 'drift.report-rejected',
    target: item.id,
    reason: 'environment is wrong; drift stays open',
  });
  await publishEvent('drift', 'report-rejected', report.id);
}

/** What an architecture change is based on: the page it rewrites and that page's hash when proposed. */
export const architectureChangeMetadataSchema = z.object({
  target: z.literal('governance/architecture.md'),
  baseHash: z.string().regex(/^[a-f0-9]{64}$/),
});

/** Writes the approved page atomically, unless the page was edited since the proposal was made. */
export async function onArchitectureChangeApproved(item: {
  id: string;
  body: string;
  metadata: z.infer<typeof architectureChangeMetadataSchema>;
}): Promise<void> {
  const db = await getDb();
  const file = driftRoots().architectureFile;
  const current = await readFile(file, 'utf8').catch(() => '');
  if (sha256(current) !== item.metadata.baseHash) {
    await db.driftReport.updateMany({ where: { changeItemId: item.id }, data: { changeStatus: 'conflict' } });
    throw new ConflictError(
      'governance/architecture.md was edited after this change was proposed; run a new drift check.',
    );
  }
  writeFileAtomic(file, item.body);
  await db.driftReport.updateMany({ where: { changeItemId: item.id }, data: { changeStatus: 'applied' } });
  await recordAudit({
    actor: 'system:drift',
    action: 'drift.architecture-written',
    target: 'governance/architecture.md',
    reason: `approved architecture change ${item.id}`,
  });
  await publishEvent('drift', 'architecture-written', item.id);
}
