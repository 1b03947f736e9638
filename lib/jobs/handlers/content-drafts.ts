import type { JobContext } from '../job-context';
import type { JobResult } from '../types';
import { type DigestStory, draftWithStories, parseDigestStories } from './digest-stories';
import { newsDigest, ownerTopics } from './repo-snapshot';

const MAX_TOPICS = 3;

function titleOf(markdown: string, fallback: string): string {
  return (markdown.match(/^#\s+(.+)$/m)?.[1] ?? fallback).trim().slice(0, 200);
}

async function digest(ctx: JobContext) {
  const news = await newsDigest(ctx);
  const stories = parseDigestStories(news);
  ctx.log.info(
    news ? `news digest: ${stories.length} stories, ${news.length} chars` : 'no news digest in the workspace',
  );
  return { news, stories };
}

/** The model's draft, with the digest stories it used named in the body and the metadata. */
async function draft(ctx: JobContext, vars: Record<string, string>, stories: DigestStory[]) {
  const reply = await ctx.ai.complete({ prompt: ctx.prompts.render('content-draft', 2, vars) });
  const { body, used } = draftWithStories(reply, stories);
  return { body, metadata: { stories: used } };
}

/** Drafts from the owner's topics and the day's digest (content generation, after the digest and weekdays 06:00). */
export async function contentGeneration(ctx: JobContext): Promise<JobResult> {
  const topics = (await ownerTopics(ctx)).slice(0, MAX_TOPICS);
  if (topics.length === 0)
    return { kind: 'nothing-to-report', reason: 'no owner topics (BUDDY_CONTENT_TOPICS or _owner/topics.md)' };
  const { news, stories } = await digest(ctx);
  for (const topic of topics) {
    const { body, metadata } = await draft(ctx, { format: 'short article draft', topic, news }, stories);
    await ctx.staging.create({
      kind: 'draft',
      title: titleOf(body, `Draft: ${topic}`),
      summary: `Topic: ${topic}`,
      target: `topic:${topic}`,
      body,
      metadata,
    });
  }
  return { kind: 'produced', summary: `${topics.length} draft(s): ${topics.join(', ')}` };
}

/** Blog posts and social batches from the topics and the news digest (after the digest). */
export async function contentResearch(ctx: JobContext): Promise<JobResult> {
  const topics = (await ownerTopics(ctx)).slice(0, MAX_TOPICS);
  const { news, stories } = await digest(ctx);
  if (topics.length === 0 && !news) return { kind: 'nothing-to-report', reason: 'no owner topics and no news digest' };
  const subjects = topics.length ? topics : ['this week in the news digest'];
  for (const topic of subjects) {
    const { body, metadata } = await draft(ctx, { format: 'blog post', topic, news }, stories);
    await ctx.staging.create({
      kind: 'blog-post',
      title: titleOf(body, `Blog post: ${topic}`),
      summary: `Topic: ${topic}`,
      target: `topic:${topic}`,
      body,
      metadata,
    });
  }
  const social = await draft(
    ctx,
    { format: 'batch of five social posts, one per paragraph', topic: subjects.join('; '), news },
    stories,
  );
  await ctx.staging.create({
    kind: 'social-batch',
    title: `Social posts: ${subjects.join(', ')}`.slice(0, 200),
    ...social,
  });
  return { kind: 'produced', summary: `${subjects.length} blog post(s) and a social batch` };
}
