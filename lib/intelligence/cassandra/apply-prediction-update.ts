import { z } from 'zod';
import { ValidationError } from '../../api/errors';
import { probabilitySchema } from './schemas';
import { updatePrediction } from './update-prediction';

const metadataSchema = z.object({
  predictionId: z.string().min(1),
  probability: probabilitySchema,
  reason: z.string().min(3).max(1000),
});

/**
 * The approval effect of a staged 'prediction-update': approving appends one update to the
 * prediction, attributed to the staged item. A resolved or withdrawn prediction refuses it.
 */
export async function applyPredictionUpdate(item: { id: string; metadata: string | null }) {
  let raw: unknown;
  try {
    raw = JSON.parse(item.metadata ?? 'null');
  } catch {
    throw new ValidationError('The staged prediction update has unreadable metadata.');
  }
  const parsed = metadataSchema.safeParse(raw);
  if (!parsed.success)
    throw new ValidationError('The staged prediction update lacks predictionId, probability or reason.');
  const { predictionId, probability, reason } = parsed.data;
  return updatePrediction(predictionId, { probability, reason }, `staged:${item.id}`);
}
