import type { Reply } from '@/lib/api/serialized';
import type {
  digestsReplySchema,
  feedsReplySchema,
  modelChangesReplySchema,
  modelsReplySchema,
  predictionsReplySchema,
  rulesReplySchema,
  storiesReplySchema,
} from '@/lib/intelligence/reply-schemas';

/** Wire shapes of /api/intelligence, from the endpoints' reply schemas (dates arrive as ISO strings). */
export type ModelsData = Reply<typeof modelsReplySchema>;
export type Change = Reply<typeof modelChangesReplySchema>['changes'][number];

export type PredictionsData = Reply<typeof predictionsReplySchema>;
export type Prediction = PredictionsData['predictions'][number];
export type Bin = PredictionsData['calibration'][number];

export type Feed = Reply<typeof feedsReplySchema>['feeds'][number];
export type StoriesData = Reply<typeof storiesReplySchema>;
export type Story = StoriesData['stories'][number];
export type DigestsData = Reply<typeof digestsReplySchema>;
export type Rule = Reply<typeof rulesReplySchema>['rules'][number];
