import type { JobContext } from '../job-context';
import type { JobResult } from '../types';
import { claudeMdInput } from './claude-md-input';
import { inputHash, priorFeedback } from './prior-feedback';
import { diffBudgetChars, fitDiff, splitDiff } from './fit-diff';
import { repoSnapshot } from './repo-snapshot';

const cursorKey = (repo: string) => `reviewed:${repo}`;

/**
 * For each active repository: a review of the diff since the last reviewed commit (remembered per
 * repository, so a repository added later or commits dated in the past are still reviewed; a new
 * repository gets a first review of its whole current state) and a CLAUDE.md proposal. A git
 * failure fails the run with git's message.
 */
export async function codeAnalysis(ctx: JobContext): Promise<JobResult> {
  const repos = await ctx.workspace.activeRepos();
  if (repos.length === 0) return { kind: 'nothing-to-report', reason: 'no git repositories under _active' };
  let reviewed = 0;
  for (const repo of repos) {
    if (await reviewRepo(ctx, repo)) reviewed++;
  }
  if (reviewed === 0) return { kind: 'nothing-to-report', reason: `no new commits in ${repos.length} repositories` };
  return { kind: 'produced', summary: `Reviewed ${reviewed} of ${repos.length} repositories` };
}

async function reviewRepo(ctx: JobContext, repo: string): Promise<boolean> {
  const head = await ctx.workspace.gitHead(repo);
  if (!head) {
    ctx.log.info(`${repo}: no commits yet`);
    return false;
  }
  const last = await ctx.cursors.get(cursorKey(repo));
  if (last === head) {
    ctx.log.info(`${repo}: no commits since the last reviewed one (${head.slice(0, 8)})`);
    return false;
  }
  let base = last;
  if (base && !(await ctx.workspace.gitContains(repo, base))) {
    ctx.log.warn(
      `${repo}: the last reviewed commit ${base.slice(0, 8)} is gone (history rewritten); reviewing it whole`,
    );
    base = null;
  }
  const snap = await repoSnapshot(ctx, repo, null);
  const commits = await ctx.workspace.gitLog(repo, { from: base }, 50);
  const commitText = commits.map((c) => `- ${c.hash.slice(0, 8)} ${c.date} ${c.author}: ${c.subject}`).join('\n');
  const fitted = fitDiff(
    splitDiff(await ctx.workspace.gitDiff(repo, base, head)),
    diffBudgetChars(ctx.ai.contextTokens),
  );
  const diffStats = [
    `${fitted.files} files, ${fitted.hunks} hunks, ${fitted.chars} of a ${fitted.budget}-character budget`,
    fitted.summarised.length ? `${fitted.summarised.length} largest hunks summarised` : '',
    fitted.collapsedFiles.length ? `${fitted.collapsedFiles.length} files summarised whole` : '',
  ]
    .filter(Boolean)
    .join('; ');
  ctx.log.info(`${repo}: diff ${base ? base.slice(0, 8) : 'first review'}..${head.slice(0, 8)}: ${diffStats}`, {
    originalChars: fitted.originalChars,
    summarised: fitted.summarised.map((h) => `${h.path} ${h.header}`),
  });
  const scope = base
    ? `the ${commits.length} commit(s) after ${base.slice(0, 8)}, up to ${head.slice(0, 8)}`
    : `first review of this repository: its whole current state at ${head.slice(0, 8)}`;
  const review = await ctx.ai.complete({
    prompt: ctx.prompts.render('code-review', 2, {
      repo,
      scope,
      commits: commitText || '(none)',
      diffStats,
      diff: fitted.text,
      readme: snap.readme,
    }),
  });
  await ctx.staging.create({
    kind: 'code-review',
    title: base
      ? `Code review: ${snap.name} (${commits.length} commits)`
      : `First review: ${snap.name} (${commits.length} commits)`,
    summary: commits[0]?.subject ?? '',
    body: review,
    target: repo,
    inputHash: `${base ?? 'root'}..${head}`,
    metadata: {
      repo,
      from: base,
      to: head,
      files: fitted.files,
      hunks: fitted.hunks,
      summarisedHunks: fitted.summarised.length,
      diffChars: fitted.chars,
      budget: fitted.budget,
    },
  });
  // Remembered once the review is staged: a failure before this point reviews the same range again.
  await ctx.cursors.set(cursorKey(repo), head);

  const input = await claudeMdInput(ctx, repo);
  const hash = inputHash(input.tree, input.manifests, input.current, snap.readme);
  const prior = await priorFeedback(ctx, 'claude-md', input.target, hash);
  if (prior.unchanged) return true;
  const claudeMd = await ctx.ai.complete({
    prompt: ctx.prompts.render('claude-md', 2, { repo, readme: snap.readme, ...input, feedback: prior.feedback }),
  });
  await ctx.staging.create({
    inputHash: hash,
    kind: 'claude-md',
    title: `CLAUDE.md for ${snap.name}`,
    summary: input.current ? 'Update of the existing CLAUDE.md' : 'New CLAUDE.md',
    body: claudeMd,
    files: [{ targetPath: input.target, content: claudeMd, baseHash: await ctx.workspace.sha256(input.target) }],
  });
  return true;
}
