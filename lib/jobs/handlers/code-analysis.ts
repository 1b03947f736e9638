import type { JobContext } from '../job-context';
import type { JobResult } from '../types';
import { repoSnapshot } from './repo-snapshot';

/** For each active repository with new commits: a code review and a proposed CLAUDE.md. */
export async function codeAnalysis(ctx: JobContext): Promise<JobResult> {
  const repos = await ctx.workspace.activeRepos();
  if (repos.length === 0) return { kind: 'nothing-to-report', reason: 'no git repositories under _active' };
  const since = await ctx.since();
  let reviewed = 0;
  for (const repo of repos) {
    const snap = await repoSnapshot(ctx, repo, since);
    if (snap.commits.length === 0) {
      ctx.log.info(`${repo}: no commits since the last run`);
      continue;
    }
    const review = await ctx.ai.complete({
      prompt: ctx.prompts.render('code-review', 1, { repo, commits: snap.commitText, readme: snap.readme }),
    });
    await ctx.staging.create({
      kind: 'code-review',
      title: `Code review: ${snap.name} (${snap.commits.length} commits)`,
      summary: snap.commits[0]?.subject ?? '',
      body: review,
    });
    const target = `${repo}/CLAUDE.md`;
    const current = (await ctx.workspace.exists(target)) ? await ctx.workspace.readText(target) : '';
    const claudeMd = await ctx.ai.complete({
      prompt: ctx.prompts.render('claude-md', 1, { repo, tree: snap.tree, readme: snap.readme, current }),
    });
    await ctx.staging.create({
      kind: 'claude-md',
      title: `CLAUDE.md for ${snap.name}`,
      summary: current ? 'Update of the existing CLAUDE.md' : 'New CLAUDE.md',
      body: claudeMd,
      files: [{ targetPath: target, content: claudeMd, baseHash: await ctx.workspace.sha256(target) }],
    });
    reviewed++;
  }
  if (reviewed === 0) return { kind: 'nothing-to-report', reason: `no new commits in ${repos.length} repositories` };
  return { kind: 'produced', summary: `Reviewed ${reviewed} of ${repos.length} repositories` };
}
