import { getDb } from '../db/client';
import { publishEvent } from '../events/publish';
import { proposalFingerprint, targetOf } from './fingerprint';
import { type CreateStagedItemInput, createStagedItemSchema } from './schemas';

/**
 * Puts one output into the review queue. This is the only way jobs and agents produce anything:
 * the item stays pending until the owner approves it.
 */
export async function createStagedItem(input: CreateStagedItemInput, createdBy: string) {
  const data = createStagedItemSchema.parse(input);
  const db = await getDb();
  const target = targetOf(data);
  const item = await db.stagedItem.create({
    data: {
      target,
      fingerprint: proposalFingerprint({ ...data, target }),
      inputHash: data.inputHash ?? null,
      kind: data.kind,
      title: data.title,
      summary: data.summary,
      body: data.body,
      sourceJob: data.sourceJob,
      sourceRunId: data.sourceRunId,
      createdBy,
      metadata: data.metadata ? JSON.stringify(data.metadata) : null,
      files: {
        create: data.files.map((f, position) => ({
          targetPath: f.targetPath,
          content: f.content,
          baseHash: f.baseHash ?? null,
          position,
        })),
      },
    },
    select: { id: true, kind: true, title: true, status: true, createdAt: true },
  });
  await publishEvent('staging', 'created', item.id);
  return item;
}
