import { z } from 'zod';
import { defineStagedKind } from '../staging/staged-kind';
import {
  architectureChangeMetadataSchema,
  onArchitectureChangeApproved,
  onDriftReportApproved,
  onDriftReportRejected,
} from './apply-drift-decision';

/** The staged kinds drift owns (see lib/staged-kinds/). */
export const DRIFT_STAGED_KINDS = [
  defineStagedKind({
    kind: 'drift-report',
    // Decisions read the report's own record (its drift items), not the staged copy of their fingerprints.
    metadata: z.unknown(),
    // "The documentation is wrong": propose a new architecture page (itself a staged item).
    onApprove: async (item) => {
      await onDriftReportApproved(item);
    },
    // "The environment is wrong": the drift stays open.
    onReject: onDriftReportRejected,
  }),
  defineStagedKind({
    kind: 'architecture-change',
    metadata: architectureChangeMetadataSchema,
    // The one path that writes governance/architecture.md (Buddy's own repo, not the workspace).
    onApprove: onArchitectureChangeApproved,
  }),
];
