import { ValidationError } from '../../api/errors';
import { recordAudit } from '../../audit/record-audit';
import { getDb } from '../../db/client';
import { publishEvent } from '../../events/publish';
import { type CreatePredictionInput, createPredictionSchema, withTags } from './schemas';
import { parseOrThrow } from './parse-or-throw';

export async function createPrediction(input: CreatePredictionInput, actor = 'owner', now = new Date()) {
  const data = parseOrThrow(createPredictionSchema, input);
  if (data.deadline.getTime() <= now.getTime()) {
    throw new ValidationError('The deadline is in the past.', { deadline: ['Choose a deadline in the future.'] });
  }
  const db = await getDb();
  const prediction = await db.prediction.create({
    data: {
      statement: data.statement,
      probability: data.probability,
      deadline: data.deadline,
      tags: [...new Set(data.tags)].sort(),
      source: data.source,
      updates: { create: { probability: data.probability, reason: data.reason, source: actor } },
    },
  });
  await recordAudit({
    actor,
    action: 'intelligence.predict',
    target: prediction.id,
    details: { probability: data.probability },
  });
  await publishEvent('intelligence', 'prediction-created', prediction.id);
  return withTags(prediction);
}
