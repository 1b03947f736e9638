import { z } from 'zod';
import { probabilitySchema } from './schemas';
import { updatePrediction } from './update-prediction';

/** A staged 'prediction-update': which prediction, the proposed probability and why. */
export const predictionUpdateMetadataSchema = z.object({
  predictionId: z.string().min(1),
  probability: probabilitySchema,
  reason: z.string().min(3).max(1000),
});
export type PredictionUpdateMetadata = z.infer<typeof predictionUpdateMetadataSchema>;

/**
 * The approval effect of a staged 'prediction-update': approving appends one update to the
 * prediction, attributed to the staged item. A resolved or withdrawn prediction refuses it.
 */
export async function applyPredictionUpdate(item: { id: string; metadata: PredictionUpdateMetadata }) {
  const { predictionId, probability, reason } = item.metadata;
  return updatePrediction(predictionId, { probability, reason }, `staged:${item.id}`);
}
