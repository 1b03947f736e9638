import type { JobContext } from '../job-context';
import type { JobResult } from '../types';
import { repoSnapshot } from './repo-snapshot';

/** Feature proposals grounded in each active repository's files, README and history. */
export async function featureDiscovery(ctx: JobContext): Promise<JobResult> {
  const repos = await ctx.workspace.activeRepos();
  if (repos.length === 0) return { kind: 'nothing-to-report', reason: 'no git repositories under _active' };
  for (const repo of repos) {
    const snap = await repoSnapshot(ctx, repo, null);
    const body = await ctx.ai.complete({
      prompt: ctx.prompts.render('feature-discovery', 1, {
        repo,
        tree: snap.tree,
        readme: snap.readme,
        commits: snap.commitText,
      }),
    });
    await ctx.staging.create({
      kind: 'feature-proposal',
      title: `Feature proposals for ${snap.name}`,
      summary: `Grounded in ${snap.entries.length} top-level entries and ${snap.commits.length} commits`,
      body,
    });
  }
  return { kind: 'produced', summary: `Proposals for ${repos.length} repositories` };
}
