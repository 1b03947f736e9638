import type { JobContext } from '../job-context';
import type { JobResult } from '../types';
import { newsDigest, ownerTopics } from './repo-snapshot';

const MAX_TOPICS = 3;

function titleOf(markdown: string, fallback: string): string {
  return (markdown.match(/^#\s+(.+)$/m)?.[1] ?? fallback).trim().slice(0, 200);
}

/** Drafts from the owner's topics (content generation, 01:30 and weekdays 06:00). */
export async function contentGeneration(ctx: JobContext): Promise<JobResult> {
  const topics = (await ownerTopics(ctx)).slice(0, MAX_TOPICS);
  if (topics.length === 0)
    return { kind: 'nothing-to-report', reason: 'no owner topics (BUDDY_CONTENT_TOPICS or _owner/topics.md)' };
  const news = await newsDigest(ctx);
  for (const topic of topics) {
    const body = await ctx.ai.complete({
      prompt: ctx.prompts.render('content-draft', 1, { format: 'short article draft', topic, news }),
    });
    await ctx.staging.create({
      kind: 'draft',
      title: titleOf(body, `Draft: ${topic}`),
      summary: `Topic: ${topic}`,
      body,
    });
  }
  return { kind: 'produced', summary: `${topics.length} draft(s): ${topics.join(', ')}` };
}

/** Blog posts and social batches from the topics and the news digest (02:00). */
export async function contentResearch(ctx: JobContext): Promise<JobResult> {
  const topics = (await ownerTopics(ctx)).slice(0, MAX_TOPICS);
  const news = await newsDigest(ctx);
  if (topics.length === 0 && !news) return { kind: 'nothing-to-report', reason: 'no owner topics and no news digest' };
  const subjects = topics.length ? topics : ['this week in the news digest'];
  for (const topic of subjects) {
    const post = await ctx.ai.complete({
      prompt: ctx.prompts.render('content-draft', 1, { format: 'blog post', topic, news }),
    });
    await ctx.staging.create({
      kind: 'blog-post',
      title: titleOf(post, `Blog post: ${topic}`),
      summary: `Topic: ${topic}`,
      body: post,
    });
  }
  const social = await ctx.ai.complete({
    prompt: ctx.prompts.render('content-draft', 1, {
      format: 'batch of five social posts, one per paragraph',
      topic: subjects.join('; '),
      news,
    }),
  });
  await ctx.staging.create({
    kind: 'social-batch',
    title: `Social posts: ${subjects.join(', ')}`.slice(0, 200),
    body: social,
  });
  return { kind: 'produced', summary: `${subjects.length} blog post(s) and a social batch` };
}
