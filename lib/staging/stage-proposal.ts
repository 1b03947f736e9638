import { getDb } from '../db/client';
import { type JsonInput, jsonOrNull } from '../db/json';
import { publishEvent } from '../events/publish';
import { createStagedItem } from './create-staged-item';
import { proposalFingerprint, targetOf } from './fingerprint';
import { type CreateStagedItemInput, createStagedItemSchema } from './schemas';

export type StageOutcome = 'created' | 'updated' | 'suppressed';
export type StagedProposal = { id: string; kind: string; title: string; outcome: StageOutcome; reason?: string };

/**
 * How a job's proposal enters the queue without repeating itself:
 * - a pending item saying the same (same fingerprint), or proposing the same file, or made from the
 *   same input for the same target, is updated in place (new text, new run) instead of duplicated;
 * - a rejected item with the same fingerprint, or made from the same input for the same target, is
 *   not proposed again: the input has to change first.
 * Anything else is created.
 */
export async function stageProposal(input: CreateStagedItemInput, createdBy: string): Promise<StagedProposal> {
  const data = createStagedItemSchema.parse(input);
  const target = targetOf(data);
  const fingerprint = proposalFingerprint({ ...data, target });
  const db = await getDb();
  const sameTarget = target ? { kind: data.kind, target } : undefined;
  const alike = [
    { fingerprint },
    ...(sameTarget && data.inputHash ? [{ ...sameTarget, inputHash: data.inputHash }] : []),
  ];
  const rejected = await db.stagedItem.findFirst({
    where: { status: 'rejected', OR: alike },
    orderBy: { decidedAt: 'desc' },
    select: { id: true, title: true, decisionNote: true },
  });
  if (rejected)
    return {
      id: rejected.id,
      kind: data.kind,
      title: data.title,
      outcome: 'suppressed',
      reason: `the owner rejected the same proposal (${rejected.id}) and its input has not changed`,
    };
  const pending = await db.stagedItem.findFirst({
    where: {
      status: 'pending',
      OR: [...alike, ...(sameTarget && data.files.length ? [sameTarget] : [])],
    },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  if (!pending) {
    const item = await createStagedItem(input, createdBy);
    return { id: item.id, kind: item.kind, title: item.title, outcome: 'created' };
  }
  await db.$transaction([
    db.stagedFile.deleteMany({ where: { itemId: pending.id } }),
    db.stagedItem.update({
      where: { id: pending.id },
      data: {
        title: data.title,
        summary: data.summary,
        body: data.body,
        sourceJob: data.sourceJob,
        sourceRunId: data.sourceRunId,
        metadata: jsonOrNull(data.metadata as JsonInput | undefined),
        target,
        fingerprint,
        inputHash: data.inputHash ?? null,
        files: {
          create: data.files.map((f, position) => ({
            targetPath: f.targetPath,
            content: f.content,
            baseHash: f.baseHash ?? null,
            position,
          })),
        },
      },
    }),
  ]);
  await publishEvent('staging', 'updated', pending.id);
  return { id: pending.id, kind: data.kind, title: data.title, outcome: 'updated' };
}

/** The owner's last rejection of a proposal of this kind for this target: its reason goes into the next prompt. */
export async function lastRejection(kind: string, target: string) {
  const db = await getDb();
  const row = await db.stagedItem.findFirst({
    where: { status: 'rejected', kind, target },
    orderBy: { decidedAt: 'desc' },
    select: { id: true, decisionNote: true, inputHash: true, decidedAt: true },
  });
  return row
    ? { id: row.id, reason: row.decisionNote ?? '', inputHash: row.inputHash, decidedAt: row.decidedAt ?? new Date(0) }
    : null;
}
