import { ConflictError, NotFoundError } from '../../api/errors';
import { recordAudit } from '../../audit/record-audit';
import { getDb } from '../../db/client';
import { publishEvent } from '../../events/publish';

/** Withdrawing is only honest before the deadline: a due prediction must be resolved instead. */
export async function withdrawPrediction(id: string, actor = 'owner', now = new Date()) {
  const db = await getDb();
  const current = await db.prediction.findUnique({ where: { id }, select: { status: true, deadline: true } });
  if (!current) throw new NotFoundError(`No prediction ${id}.`);
  if (current.status !== 'open' || current.deadline.getTime() <= now.getTime()) {
    throw new ConflictError('Only an open prediction before its deadline can be withdrawn.');
  }
  const { count } = await db.prediction.updateMany({ where: { id, status: 'open' }, data: { status: 'withdrawn' } });
  if (count === 0) throw new ConflictError('Only an open prediction can be withdrawn.');
  await recordAudit({ actor, action: 'intelligence.withdraw-prediction', target: id });
  await publishEvent('intelligence', 'prediction-withdrawn', id);
}
