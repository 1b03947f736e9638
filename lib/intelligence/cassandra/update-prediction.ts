import { ConflictError, NotFoundError } from '../../api/errors';
import { recordAudit } from '../../audit/record-audit';
import { getDb } from '../../db/client';
import { publishEvent } from '../../events/publish';
import { parseOrThrow } from './parse-or-throw';
import { updatePredictionSchema, withTags } from './schemas';

/** Appends a probability update with its reason; history rows are never edited. */
export async function updatePrediction(id: string, input: { probability: unknown; reason: unknown }, actor = 'owner') {
  const data = parseOrThrow(updatePredictionSchema, input);
  const db = await getDb();
  const updated = await db.$transaction(async (tx) => {
    const current = await tx.prediction.findUnique({ where: { id }, select: { status: true } });
    if (!current) throw new NotFoundError(`No prediction ${id}.`);
    if (current.status !== 'open') {
      throw new ConflictError(`This prediction is ${current.status}; only open predictions can be updated.`);
    }
    await tx.predictionUpdate.create({
      data: { predictionId: id, probability: data.probability, reason: data.reason, source: actor },
    });
    return tx.prediction.update({ where: { id }, data: { probability: data.probability } });
  });
  await recordAudit({
    actor,
    action: 'intelligence.update-prediction',
    target: id,
    reason: data.reason,
    details: { probability: data.probability },
  });
  await publishEvent('intelligence', 'prediction-updated', id);
  return withTags(updated);
}
