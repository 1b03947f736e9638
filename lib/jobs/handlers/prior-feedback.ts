import { createHash } from 'node:crypto';
import type { JobContext } from '../job-context';
import type { StagedKind } from '../../staging/schemas';

/** A short hash of everything a proposal is made from: a rejected proposal returns only when it changes. */
export function inputHash(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/**
 * What the owner said last time about this kind of proposal for this target. `unchanged`: the last
 * proposal was rejected and its input is the same, so asking the model again would repeat it.
 */
export async function priorFeedback(ctx: JobContext, kind: StagedKind, target: string, hash: string) {
  const rejection = await ctx.staging.lastRejection(kind, target);
  if (!rejection) return { unchanged: false, feedback: '(none)' };
  if (rejection.inputHash === hash) {
    ctx.log.info(`${target}: the last ${kind} was rejected and its input has not changed; not proposed again`);
    return { unchanged: true, feedback: '' };
  }
  const said = rejection.reason.trim() || '(no reason given)';
  return {
    unchanged: false,
    feedback: `The owner rejected the previous ${kind} for ${target} on ${rejection.decidedAt.toISOString().slice(0, 10)}: "${said}". Do not repeat what was rejected.`,
  };
}
