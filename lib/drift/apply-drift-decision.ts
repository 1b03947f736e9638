import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { writeFileAtomic } from '../fs/write-file-atomic';
import { getDb } from '../db/client';
import { publishEvent } from '../events/publish';
import { createStagedItem } from '../staging/create-staged-item';
import { buildArchitectureChange } from './build-architecture-change';
import { sha256 } from './propose-architecture';
import { storedFingerprintsSchema } from './types';
import { driftRoots } from './roots';

/**
 * Effects of the owner's decisions on staged drift items (declared in lib/drift/staged-kinds.ts).
 * Approving a drift report ("the documentation is wrong") only *proposes* a
 * new architecture page and changelog entry; approving that proposal is the one path that writes
 * governance/architecture.md and governance/CHANGELOG.md.
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
  const fingerprints = storedFingerprintsSchema.parse(report.fingerprints);
  const items = await db.driftItem.findMany({ where: { id: { in: fingerprints } } });
  const change = await buildArchitectureChange(items);
  const staged = await createStagedItem(
    {
      kind: 'architecture-change',
      title: `Update the architecture page and changelog to ${change.version}`,
      summary: `Makes the documented architecture match what runs (${change.patches} change(s) to the page, ${change.lines.length} changelog line(s)${change.unfixable ? `; ${change.unfixable} item(s) such as unreachable engines cannot be fixed in the documents` : ''}).`,
      body: change.body,
      sourceJob: 'infra-health',
      metadata: {
        target: 'governance/architecture.md',
        baseHash: change.page.baseHash,
        page: change.page.content,
        changelog: { baseHash: change.changelog.baseHash, content: change.changelog.content },
        driftReportStagedItemId: item.id,
        fingerprints,
        version: change.version,
      },
    },
    'system:drift',
  );
  await db.driftReport.update({
    where: { id: report.id },
    data: { status: 'approved', decidedAt: new Date(), changeItemId: staged.id, changeStatus: 'pending' },
  });
  await recordAudit({
    actor: 'system:drift',
    action: 'drift.report-approved',
    target: item.id,
    reason: `proposed architecture change ${staged.id} (${change.version})`,
  });
  await publishEvent('drift', 'report-approved', report.id);
  return { changeItemId: staged.id };
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
  // Absent on changes proposed before the changelog was written with them: the body is then the page.
  page: z.string().optional(),
  changelog: z
    .object({
      baseHash: z
        .string()
        .regex(/^[a-f0-9]{64}$/)
        .nullable(),
      content: z.string(),
    })
    .optional(),
});

async function conflict(itemId: string, what: string): Promise<never> {
  const db = await getDb();
  await db.driftReport.updateMany({ where: { changeItemId: itemId }, data: { changeStatus: 'conflict' } });
  throw new ConflictError(`${what} was edited after this change was proposed; run a new drift check.`);
}

/**
 * Writes the approved changelog and page, each atomically, unless either was edited since the proposal
 * was made (both are checked before either is written). A crash between the two writes leaves a
 * changelog ahead of the page, which the next drift check reports.
 */
export async function onArchitectureChangeApproved(item: {
  id: string;
  body: string;
  metadata: z.infer<typeof architectureChangeMetadataSchema>;
}): Promise<void> {
  const db = await getDb();
  const roots = driftRoots();
  const current = await readFile(roots.architectureFile, 'utf8').catch(() => '');
  if (sha256(current) !== item.metadata.baseHash) await conflict(item.id, 'governance/architecture.md');
  const changelog = item.metadata.changelog;
  if (changelog) {
    const now = await readFile(roots.changelogFile, 'utf8').catch(() => null);
    if ((now === null ? null : sha256(now)) !== changelog.baseHash) await conflict(item.id, 'The changelog');
    writeFileAtomic(roots.changelogFile, changelog.content);
  }
  writeFileAtomic(roots.architectureFile, item.metadata.page ?? item.body);
  await db.driftReport.updateMany({ where: { changeItemId: item.id }, data: { changeStatus: 'applied' } });
  await recordAudit({
    actor: 'system:drift',
    action: 'drift.architecture-written',
    target: 'governance/architecture.md',
    reason: `approved architecture change ${item.id}${changelog ? ' (with its changelog entry)' : ''}`,
  });
  await publishEvent('drift', 'architecture-written', item.id);
}
