/**
 * The staged item's statuses, apart from the zod schemas: the queue's status tabs import them in the
 * browser, and importing them from schemas.ts put all of zod into the Staging page's code.
 * `promoting`: approved and being written; a crash leaves it for recoverPromotions (never stuck).
 */
export const STAGED_STATUSES = [
  'pending',
  'promoting',
  'approved',
  'rejected',
  'promoted',
  'conflict',
  'expired',
] as const;
export type StagedStatus = (typeof STAGED_STATUSES)[number];
