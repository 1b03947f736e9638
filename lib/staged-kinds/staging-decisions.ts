/**
 * THE STAGED KINDS CATALOG: which domain owns which staged kind, and so what approving or rejecting
 * one does. Each domain declares its kinds in its own module (metadata schema, approval check,
 * approve and reject effects; see lib/staging/staged-kind.ts) and is listed in CONTRIBUTED below,
 * the only edit a new kind needs here. Staging imports no domain; this module binds them together,
 * and only routes, scripts and tests import it (both are dependency rules in .dependency-cruiser.cjs).
 */
import { DRIFT_STAGED_KINDS } from '../drift/staged-kinds';
import { INTELLIGENCE_STAGED_KINDS } from '../intelligence/staged-kinds';
import { MEMORY_STAGED_KINDS } from '../memory/staged-kinds';
import { createStagingDecisions } from '../staging/staging-decisions';

const CONTRIBUTED = [DRIFT_STAGED_KINDS, MEMORY_STAGED_KINDS, INTELLIGENCE_STAGED_KINDS];
export const STAGED_KIND_HANDLERS = CONTRIBUTED.flat();

export const stagingDecisions = createStagingDecisions(STAGED_KIND_HANDLERS);
export const { approveStagedItem, rejectStagedItem, bulkDecide, recoverPromotions } = stagingDecisions;
