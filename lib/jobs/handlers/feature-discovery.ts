import type { JobContext } from '../job-context';
import type { JobResult } from '../types';
import { splitDiff } from './fit-diff';
import { priorFeedback } from './prior-feedback';
import { repoSnapshot } from './repo-snapshot';

const cursorKey = (repo: string) => `discovered:${repo}`;
const MAX_CHANGED_FILES = 200;

/**
 * Feature proposals for each active repository, from what changed since the last discovery there
 * (remembered per repository by commit): an unchanged repository is not proposed for again, and the
 * owner's last rejection for it goes into the prompt.
 */
export async function featureDiscovery(ctx: JobContext): Promise<JobResult> {
  const repos = await ctx.workspace.activeRepos();
  if (repos.length === 0) return { kind: 'nothing-to-report', reason: 'no git repositories under _active' };
  let staged = 0;
  for (const repo of repos) {
    const head = await ctx.workspace.gitHead(repo);
    const last = await ctx.cursors.get(cursorKey(repo));
    if (!head || head === last) {
      ctx.log.info(`${repo}: unchanged since the last discovery`);
      continue;
    }
    const base = last && (await ctx.workspace.gitContains(repo, last)) ? last : null;
    const prior = await priorFeedback(ctx, 'feature-proposal', repo, head);
    if (prior.unchanged) continue;
    const snap = await repoSnapshot(ctx, repo, null);
    const commits = await ctx.workspace.gitLog(repo, { from: base }, 50);
    const changed = splitDiff(await ctx.workspace.gitDiff(repo, base, head)).map((f) => f.path);
    const body = await ctx.ai.complete({
      prompt: ctx.prompts.render('feature-discovery', 2, {
        repo,
        tree: snap.tree,
        readme: snap.readme,
        scope: base ? `${commits.length} commit(s) after ${base.slice(0, 8)}` : 'first discovery: the whole history',
        commits: commits.map((c) => `- ${c.hash.slice(0, 8)} ${c.date}: ${c.subject}`).join('\n') || '(none)',
        changedFiles: changed.slice(0, MAX_CHANGED_FILES).join('\n') || '(none)',
        feedback: prior.feedback,
      }),
    });
    const result = await ctx.staging.create({
      kind: 'feature-proposal',
      title: `Feature proposals for ${snap.name}`,
      summary: `From ${commits.length} new commit(s) touching ${changed.length} file(s)`,
      body,
      target: repo,
      inputHash: head,
    });
    await ctx.cursors.set(cursorKey(repo), head);
    if (result.outcome !== 'suppressed') staged++;
  }
  if (staged === 0) return { kind: 'nothing-to-report', reason: `nothing changed in ${repos.length} repositories` };
  return { kind: 'produced', summary: `Proposals for ${staged} of ${repos.length} repositories` };
}
