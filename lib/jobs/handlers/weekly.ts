import type { JobContext } from '../job-context';
import type { JobResult } from '../types';
import { capability } from './capability';

const WEEK_MS = 7 * 24 * 3600 * 1000;

export async function predictionUpdates(ctx: JobContext): Promise<JobResult> {
  // Proposals go through the run's own staging ability (checked and counted); the model is the run's model.
  const { proposed, reason } = await capability(ctx, 'proposePredictionUpdates')();
  if (proposed === 0) return { kind: 'nothing-to-report', reason: reason ?? 'no prediction changed' };
  return { kind: 'report', report: `${proposed} prediction update(s) proposed` };
}

/** Rejection reasons of the week become proposed memory entries (the owner approves them). */
export async function feedbackSynthesis(ctx: JobContext): Promise<JobResult> {
  const since = (await ctx.since()) ?? new Date(Date.now() - WEEK_MS);
  const rejections = (await capability(ctx, 'listRejections')(since)).filter((r) => r.reason?.trim());
  if (rejections.length === 0)
    return {
      kind: 'nothing-to-report',
      reason: `no rejections with a reason since ${since.toISOString().slice(0, 10)}`,
    };
  const text = await ctx.ai.complete({
    prompt: ctx.prompts.render('feedback-synthesis', 1, {
      since: since.toISOString(),
      rejections: rejections.map((r) => `- [${r.kind}] ${r.title}: ${r.reason}`).join('\n'),
    }),
  });
  // The prompt asks for "- " lines: anything else (a preamble, a closing remark) is not a lesson.
  const lessons = text
    .split('\n')
    .filter((l) => /^\s*[-*]\s+/.test(l))
    .map((l) => l.replace(/^\s*[-*]\s+/, '').trim())
    .filter((l) => l.length > 3)
    .slice(0, 5);
  for (const lesson of lessons) {
    await ctx.memory.propose({
      content: lesson,
      category: 'lesson',
      tags: ['feedback', ...new Set(rejections.map((r) => r.kind))],
      reason: `From ${rejections.length} rejection(s) since ${since.toISOString().slice(0, 10)}`,
    });
  }
  if (lessons.length === 0)
    return { kind: 'nothing-to-report', reason: 'the model found no lesson in the rejection reasons' };
  return { kind: 'produced', summary: `${lessons.length} lesson(s) from ${rejections.length} rejection(s)` };
}

export async function stagingCleanup(ctx: JobContext): Promise<JobResult> {
  const { expired, archived } = await capability(ctx, 'cleanUpStaging')();
  return {
    kind: 'report',
    report: `${expired} stale pending item(s) expired, ${archived} decided item(s) archived (nothing deleted)`,
  };
}
