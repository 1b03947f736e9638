import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '../../lib/env';
import { createStagedItem } from '../../lib/staging/create-staged-item';
import { sha256 } from '../../lib/staging/file-hash';
import type { CreateStagedItemInput } from '../../lib/staging/schemas';

const RETRY_BEFORE = `export async function fetchFeed(url: string) {
  for (;;) {
    const res = await fetch(url);
    if (res.ok) return res.text();
  }
}
`;
const RETRY_AFTER = `export async function fetchFeed(url: string, signal: AbortSignal) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const res = await fetch(url, { signal });
    if (res.ok) return res.text();
    if (res.status < 500) throw new Error(\`feed answered \${res.status}\`);
  }
  throw new Error('feed failed 3 times');
}
`;
const CLAUDE_BEFORE = '# demo-app\n\n- Run `npm test` before committing.\n';
const CLAUDE_AFTER = `${CLAUDE_BEFORE}- Network calls take an AbortSignal and a retry budget.\n`;

/** The demo repository in the workspace, so proposed files show real diffs against what is there. */
function writeWorkspace(): void {
  const root = path.join(env().workspaceDir, '_active', 'demo-app');
  mkdirSync(path.join(root, 'src'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'fetch-feed.ts'), RETRY_BEFORE);
  writeFileSync(path.join(root, 'CLAUDE.md'), CLAUDE_BEFORE);
}

type Item = CreateStagedItemInput & { by: string };

function items(predictionIds: string[]): Item[] {
  const out: Item[] = [
    {
      kind: 'code-review',
      title: 'Review: the feed fetcher can retry forever',
      summary: 'Three commits since Tuesday change the backoff; one path never gives up.',
      body: '## Findings\n\n- `fetchFeed` retries every failure without a budget.\n- 4xx answers are retried too.\n\n## Proposed change\n\nA budget of three attempts and no retry on 4xx.',
      files: [
        { targetPath: '_active/demo-app/src/fetch-feed.ts', content: RETRY_AFTER, baseHash: sha256(RETRY_BEFORE) },
      ],
      sourceJob: 'code-analysis',
      by: 'job:code-analysis',
    },
    {
      kind: 'claude-md',
      title: 'CLAUDE.md for demo-app: network calls',
      summary: 'One new rule learned from this week’s reviews.',
      body: 'Adds the retry-budget rule to the repository’s CLAUDE.md.',
      files: [{ targetPath: '_active/demo-app/CLAUDE.md', content: CLAUDE_AFTER, baseHash: sha256(CLAUDE_BEFORE) }],
      sourceJob: 'code-analysis',
      by: 'job:code-analysis',
    },
    {
      kind: 'test-file',
      title: 'First tests for the feed fetcher',
      summary: 'Covers the retry budget and the 4xx path.',
      body: 'A vitest file for `fetchFeed`.',
      files: [
        {
          targetPath: '_active/demo-app/src/fetch-feed.test.ts',
          content:
            "import { expect, it } from 'vitest';\n\nit('gives up after three attempts', () => {\n  expect(3).toBe(3);\n});\n",
          baseHash: null,
        },
      ],
      sourceJob: 'test-ci-generation',
      by: 'job:test-ci-generation',
    },
    {
      kind: 'ci-workflow',
      title: 'CI workflow for demo-app',
      summary: 'Runs the tests on every push.',
      body: 'A GitHub Actions workflow: install, typecheck, test.',
      files: [
        {
          targetPath: '_active/demo-app/.github/workflows/ci.yml',
          content:
            'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n',
          baseHash: null,
        },
      ],
      sourceJob: 'test-ci-generation',
      by: 'job:test-ci-generation',
    },
    {
      kind: 'drift-report',
      title: 'Drift: the gateway listens on 18790, documented as 18789',
      summary: 'One finding of high severity from the 22:00 check.',
      body: '| resource | field | documented | actual |\n| --- | --- | --- | --- |\n| gateway | ports.0 | 18789 | 18790 |',
      sourceJob: 'infra-health',
      by: 'job:infra-health',
    },
  ];
  const drafts = [
    'What a month of overnight agents taught me',
    'Why every job needs a circuit breaker',
    'The morning review: ten minutes, not an hour',
    'Staging everything: nothing lands without a yes',
  ];
  for (const [i, title] of drafts.entries())
    out.push({
      kind: i % 2 ? 'blog-post' : 'draft',
      title: `Draft: ${title}`,
      summary: 'A draft from the content jobs, grounded in last month’s approvals.',
      body: `# ${title}\n\nThe best thing an agent did all month was *nothing*: it reported that there was nothing to report.`,
      sourceJob: i % 2 ? 'content-research' : 'content-generation',
      by: `job:${i % 2 ? 'content-research' : 'content-generation'}`,
    });
  for (let i = 1; i <= 6; i++)
    out.push({
      kind: 'social-batch',
      title: `Social posts, batch ${i}: notes from the night shift`,
      summary: 'Three short posts for the week.',
      body: `1. Post ${i}a\n2. Post ${i}b\n3. Post ${i}c`,
      sourceJob: 'content-research',
      by: 'job:content-research',
    });
  const proposals = [
    'Weekly digest of rejected items',
    'Show token spend per job on the Jobs page',
    'Pause all jobs with one switch during travel',
    'Offer a diff of CLAUDE.md across repositories',
    'Mark memory entries that no job has read in 90 days',
  ];
  for (const title of proposals)
    out.push({
      kind: 'feature-proposal',
      title: `Proposal: ${title}`,
      summary: 'Grounded in the repository and last week’s decisions.',
      body: `## Why\n\n${title} would save the owner a few minutes each morning.\n\n## How\n\nA small change in one domain.`,
      sourceJob: 'feature-discovery',
      by: 'job:feature-discovery',
    });
  const lessons = [
    'Drafts for the project blog stay under 800 words.',
    'Reviews lead with the riskiest finding, not the first file.',
    'Social posts never promise dates.',
    'Feature proposals name the file they would change.',
  ];
  for (const content of lessons)
    out.push({
      kind: 'memory-proposal',
      title: `Lesson: ${content}`,
      summary: 'From this week’s rejection reasons.',
      body: content,
      metadata: { content, category: 'lesson', tags: ['feedback'] },
      sourceJob: 'feedback-synthesis',
      by: 'job:feedback-synthesis',
    });
  for (const [i, predictionId] of predictionIds.slice(0, 3).entries())
    out.push({
      kind: 'prediction-update',
      title: `Prediction update ${i + 1}: probability revised after this week’s news`,
      summary: 'A new estimate with the reason.',
      body: 'The news digest moved this estimate.',
      metadata: { predictionId, probability: 0.35 + i * 0.15, reason: 'This week’s news changes the odds.' },
      sourceJob: 'prediction-updates',
      by: 'job:prediction-updates',
    });
  out.push(
    {
      kind: 'model-report',
      title: 'Models this week: two new, one price cut',
      summary: 'From the model catalog job.',
      body: '| model | change |\n| --- | --- |\n| example-large-2 | new |\n| example-mini | price −50% |',
      sourceJob: 'model-catalog',
      by: 'job:model-catalog',
    },
    {
      kind: 'briefing',
      title: 'Briefing of the night (as a staged copy)',
      summary: 'The 05:30 briefing, kept for the record.',
      body: 'See Today.',
      sourceJob: 'morning-briefing',
      by: 'job:morning-briefing',
    },
    {
      kind: 'ops-request',
      title: 'Ops request: raise the sandbox memory limit to 2 GB',
      summary: 'Two test runs were killed at 1 GB last night.',
      body: 'The test generation job hit the sandbox memory limit twice.',
      sourceJob: 'test-ci-generation',
      by: 'job:test-ci-generation',
    },
    {
      kind: 'architecture-change',
      title: 'Architecture: document the gateway’s new port',
      summary: 'Follows the drift report about the gateway port.',
      body: 'Updates the architecture page: the gateway listens on 18790.',
      sourceJob: 'infra-health',
      by: 'job:infra-health',
    },
  );
  return out;
}

/** 30+ staged items of every kind, made the way jobs make them (createStagedItem). */
export async function seedStaged(predictionIds: string[]): Promise<number> {
  writeWorkspace();
  const list = items(predictionIds);
  for (const { by, ...item } of list) await createStagedItem(item, by);
  return list.length;
}
