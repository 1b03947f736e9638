import type { JobContext } from '../job-context';

const README_CHARS = 6000;

/** What a model needs to know about one repository, read through the job's context only. */
export async function repoSnapshot(ctx: JobContext, repo: string, since: Date | null) {
  const entries = await ctx.workspace.list(repo);
  const tree = entries
    .filter((e) => e.name !== '.git')
    .map((e) => `${e.name}${e.dir ? '/' : ''}`)
    .join('\n');
  const readmeName = entries.find((e) => /^readme(\.md)?$/i.test(e.name))?.name;
  const readme = readmeName ? (await ctx.workspace.readText(`${repo}/${readmeName}`)).slice(0, README_CHARS) : '';
  const commits = await ctx.workspace.gitLog(repo, { since }, 50);
  const commitText = commits.map((c) => `- ${c.hash.slice(0, 8)} ${c.date} ${c.author}: ${c.subject}`).join('\n');
  return { name: repo.split('/').pop() ?? repo, entries, tree, readme, commits, commitText };
}

/** Owner topics: BUDDY_CONTENT_TOPICS plus one topic per line (or list item) of the workspace's _owner/topics.md; headings are not topics. */
export async function ownerTopics(ctx: JobContext): Promise<string[]> {
  const fromFile = (await ctx.workspace.exists('_owner/topics.md'))
    ? (await ctx.workspace.readText('_owner/topics.md'))
        .split('\n')
        .filter((l) => !/^\s*#/.test(l))
        .map((l) => l.replace(/^\s*[-*+]\s+/, '').trim())
        .filter(Boolean)
    : [];
  return [...new Set([...ctx.topics, ...fromFile])];
}

/** The latest news digest when the intelligence pipeline has written one into the workspace. */
export async function newsDigest(ctx: JobContext): Promise<string> {
  const file = '_intel/news-digest.md';
  return (await ctx.workspace.exists(file)) ? (await ctx.workspace.readText(file)).slice(0, 8000) : '';
}
