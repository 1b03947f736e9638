import { ConflictError, NotFoundError } from '../../api/errors';
import { recordAudit } from '../../audit/record-audit';
import { getDb } from '../../db/client';
import { publishEvent } from '../../events/publish';
import { parseOrThrow } from './parse-or-throw';
import { resolvePredictionSchema, withTags } from './schemas';

/**
 * Resolves an open (or due) prediction. A resolved one may be re-resolved only when `reresolve` is
 * set; every resolution stays in the history. Withdrawn predictions cannot be resolved.
 */
export async function resolvePrediction(
  id: string,
  input: { outcome: unknown; note?: unknown; reresolve?: boolean },
  actor = 'owner',
) {
  const data = parseOrThrow(resolvePredictionSchema, input);
  const db = await getDb();
  const resolved = await db.$transaction(async (tx) => {
    const current = await tx.prediction.findUnique({ where: { id }, select: { status: true } });
    if (!current) throw new NotFoundError(`No prediction ${id}.`);
    if (current.status === 'withdrawn')
      throw new ConflictError('This prediction was withdrawn; it cannot be resolved.');
    if (current.status === 'resolved' && !input.reresolve) {
      throw new ConflictError(
        'This prediction is already resolved; only an open prediction can be resolved (use re-resolve to correct it).',
      );
    }
    await tx.predictionResolution.create({ data: { predictionId: id, outcome: data.outcome, note: data.note } });
    return tx.prediction.update({
      where: { id },
      data: { status: 'resolved', outcome: data.outcome, resolvedAt: new Date(), resolutionNote: data.note ?? null },
    });
  });
  await recordAudit({
    actor,
    action: 'intelligence.resolve-prediction',
    target: id,
    reason: data.note,
    details: { outcome: data.outcome },
  });
  await publishEvent('intelligence', 'prediction-resolved', id);
  return withTags(resolved);
}
