import { defineStagedKind } from '../staging/staged-kind';
import { applyPredictionUpdate, predictionUpdateMetadataSchema } from './cassandra/apply-prediction-update';

/** The staged kinds intelligence owns (see lib/staged-kinds/); model reports are plain files. */
export const INTELLIGENCE_STAGED_KINDS = [
  defineStagedKind({
    kind: 'prediction-update',
    metadata: predictionUpdateMetadataSchema,
    onApprove: async (item) => {
      await applyPredictionUpdate(item);
    },
  }),
];
