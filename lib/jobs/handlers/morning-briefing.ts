import type { JobContext } from '../job-context';
import type { JobResult } from '../types';
import { capability } from './capability';

/** The 05:30 daily job: the briefing of the night, built from the facts by the briefing domain. */
export async function morningBriefing(ctx: JobContext): Promise<JobResult> {
  // The model only words the facts (a short summary shown beside them); without a provider the facts stand alone.
  const { briefingId, headline } = await capability(
    ctx,
    'buildBriefing',
  )(({ system, prompt }) => ctx.ai.complete({ system, prompt, maxTokens: 400 }));
  ctx.log.info('briefing built', { briefingId });
  return { kind: 'report', report: `Briefing ${briefingId}: ${headline}` };
}
