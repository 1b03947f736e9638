import {
  onArchitectureChangeApproved,
  onDriftReportApproved,
  onDriftReportRejected,
} from '../drift/apply-drift-decision';
import { applyPredictionUpdate } from '../intelligence/cassandra/apply-prediction-update';
import { applyMemoryProposal } from '../memory/apply-memory-proposal';
import { checkMemoryApproval } from '../memory/check-memory-approval';
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
  createdBy: string;
  decidedBy: string;
};

/** Domains that take the stored form get the metadata back as the JSON text it was stored as. */
const stored = (item: ApprovedItem) => ({ ...item, metadata: item.metadata ? JSON.stringify(item.metadata) : null });

export type ApprovalEffect = (item: ApprovedItem) => Promise<void>;

/**
 * Checks of the owner's choice made before an item is claimed, per kind: a wrong choice is a 400
 * with the field at fault and the item stays pending. What a check returns is recorded in the
 * item's metadata as `resolution` when it is claimed, so the effect (and a recovery that reruns it
 * after a crash) reads the same choice.
 */
export const approvalChecks: Partial<
  Record<StagedKind, (item: { metadata: string | null }, choice: unknown) => Promise<unknown>>
> = {
  // Merge into, replace, or add beside the entries a memory proposal duplicates or contradicts.
  'memory-proposal': checkMemoryApproval,
};

/**
 * Effects of approval beyond writing files, per kind: each calls the owning domain's exported use
 * case. File promotion is built in and needs no entry here. An effect that throws marks the item `conflict` with the error as the reason.
 */
export const approvalEffects: Partial<Record<StagedKind, ApprovalEffect>> = {
  'memory-proposal': async (item) => {
    await applyMemoryProposal(stored(item), item.decidedBy);
  },
  'prediction-update': async (item) => {
    await applyPredictionUpdate(stored(item));
  },
  // "The documentation is wrong": propose a new architecture page (itself a staged item).
  'drift-report': async (item) => {
    await onDriftReportApproved(stored(item));
  },
  // The one path that writes governance/architecture.md (Buddy's own repo, not the workspace).
  'architecture-change': async (item) => {
    await onArchitectureChangeApproved(stored(item));
  },
};

/** Effects of a rejection, per kind. A rejected drift report means "the environment is wrong". */
export const rejectionEffects: Partial<
  Record<StagedKind, (item: { id: string; metadata: string | null }) => Promise<void>>
> = {
  'drift-report': onDriftReportRejected,
};
