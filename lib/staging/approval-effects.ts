import type { StagedKind } from './schemas';

/** What an effect receives: the approved item as stored. */
export type ApprovedItem = {
  id: string;
  kind: string;
  title: string;
  summary: string;
  body: string;
  metadata: Record<string, unknown> | null;
  sourceJob: string | null;
  sourceRunId: string | null;
  decidedBy: string;
};

export type ApprovalEffect = (item: ApprovedItem) => Promise<void>;

/**
 * Effects of approval beyond writing files, per kind (memory-proposal, prediction-update,
 * drift-report are wired by their domains at merge time). File promotion is built in and needs no
 * entry here. An effect that throws marks the item `conflict` with the error as the reason.
 */
export const approvalEffects: Partial<Record<StagedKind, ApprovalEffect>> = {};
