import { approveStagedItem } from './approve-staged-item';
import { bulkDecide } from './bulk-decide';
import { recoverPromotions } from './recover-promotions';
import { rejectStagedItem } from './reject-staged-item';
import { indexStagedKinds, type StagedKindHandler } from './staged-kind';

/**
 * The owner's decisions on staged items, bound to the kinds the domains declare. Staging itself
 * imports no domain; lib/staged-kinds/ calls this once with every domain's declarations, and callers
 * (routes, scripts, tests) use what it exports.
 */
export function createStagingDecisions(handlers: readonly StagedKindHandler[]) {
  const kinds = indexStagedKinds(handlers);
  return {
    approveStagedItem: (id: string, actor: string, note?: string, choice?: unknown) =>
      approveStagedItem(kinds, id, actor, note, choice),
    rejectStagedItem: (id: string, actor: string, reason: string) => rejectStagedItem(kinds, id, actor, reason),
    bulkDecide: (input: Parameters<typeof bulkDecide>[1], actor: string) => bulkDecide(kinds, input, actor),
    recoverPromotions: () => recoverPromotions(kinds),
  };
}

export type StagingDecisions = ReturnType<typeof createStagingDecisions>;
