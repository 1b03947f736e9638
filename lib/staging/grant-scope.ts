import type { FieldErrors } from '../api/errors';
import { grantResourcePatterns, subjectResourcePatterns } from '../governance/grants/grant-resources';
import { resourceAllowed } from '../governance/grants/resource-glob';
import { targetSegments } from './promotion-path';

/** Field errors (`files.N.targetPath`) for every target outside the patterns; empty when all are inside. */
export function targetsOutside(patterns: string[], targetPaths: string[]): FieldErrors {
  const errors: FieldErrors = {};
  targetPaths.forEach((targetPath, i) => {
    if (!resourceAllowed(patterns, targetSegments(targetPath).join('/'))) {
      errors[`files.${i}.targetPath`] = [`${targetPath} is outside this grant's resources (${patterns.join(', ')})`];
    }
  });
  return errors;
}

/**
 * At approval: the targets of an agent's item checked again against the grant it was staged with.
 * Items staged before the grant id was kept are checked against every grant of their subject (a
 * path passes when one of them allows it). An agent item whose grant is gone is refused outright.
 */
export async function targetsOutsideItemGrant(item: {
  grantId: string | null;
  createdBy: string;
  files: { targetPath: string }[];
}): Promise<FieldErrors> {
  const paths = item.files.map((f) => f.targetPath);
  if (paths.length === 0) return {};
  if (item.grantId) {
    const patterns = await grantResourcePatterns(item.grantId);
    if (patterns) return targetsOutside(patterns, paths);
    return { files: [`the grant ${item.grantId} this item was staged with no longer exists`] };
  }
  if (!item.createdBy.startsWith('agent:')) return {};
  const grants = await subjectResourcePatterns(item.createdBy.slice('agent:'.length));
  if (grants.length === 0) return { files: [`no grant of ${item.createdBy} exists any more`] };
  const perGrant = grants.map((patterns) => targetsOutside(patterns, paths));
  const errors: FieldErrors = {};
  for (const key of Object.keys(perGrant[0] ?? {})) {
    // Outside only when every grant of the subject refuses it.
    if (perGrant.every((e) => key in e)) errors[key] = perGrant[0]?.[key] ?? [];
  }
  return errors;
}
