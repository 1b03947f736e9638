import { ForbiddenError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { type JsonInput, jsonOrNull } from '../db/json';
import { publishEvent } from '../events/publish';
import { targetsOutside } from './grant-scope';
import { proposalFingerprint, targetOf } from './fingerprint';
import { type CreateStagedItemInput, createStagedItemSchema } from './schemas';

/** The grant an agent stages with: its resource patterns bound every proposed file. */
export type StagingGrant = { id: string; resources: string[] };

/**
 * Puts one output into the review queue. This is the only way jobs and agents produce anything:
 * the item stays pending until the owner approves it. An agent's files must all lie inside its
 * grant's resources (403 naming each path outside), and the grant is kept for approval to check again.
 */
export async function createStagedItem(input: CreateStagedItemInput, createdBy: string, grant?: StagingGrant) {
  const data = createStagedItemSchema.parse(input);
  if (grant && grant.resources.length > 0) {
    const outside = targetsOutside(
      grant.resources,
      data.files.map((f) => f.targetPath),
    );
    if (Object.keys(outside).length > 0) {
      const paths = data.files.filter((_, i) => `files.${i}.targetPath` in outside).map((f) => f.targetPath);
      await recordAudit({
        actor: createdBy,
        action: 'grants.deny',
        grantId: grant.id,
        scope: 'staging:write',
        resource: paths.join(' ').slice(0, 1000),
        decision: 'denied',
        reason: `staged files outside ${grant.resources.join(', ')}`,
      });
      throw new ForbiddenError(`This token may not stage files outside ${grant.resources.join(', ')}.`, outside);
    }
  }
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
      grantId: grant?.id ?? null,
      metadata: jsonOrNull(data.metadata as JsonInput | undefined),
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
