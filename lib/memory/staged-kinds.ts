import { defineStagedKind } from '../staging/staged-kind';
import { applyMemoryProposal } from './apply-memory-proposal';
import { checkMemoryApproval } from './check-memory-approval';
import { proposalMetadataSchema } from './schemas';

/** The staged kinds memory owns (see lib/staged-kinds/). */
export const MEMORY_STAGED_KINDS = [
  defineStagedKind({
    kind: 'memory-proposal',
    metadata: proposalMetadataSchema,
    // Merge into, replace, or add beside the entries the proposal duplicates or contradicts.
    checkApproval: checkMemoryApproval,
    onApprove: async (item) => {
      await applyMemoryProposal(item, item.decidedBy);
    },
  }),
];
