/**
 * THE JOB CATALOG: every scheduled AI job Buddy runs, in one place. On worker start the catalog is
 * synced to BullMQ job schedulers (lib/jobs/sync-schedules.ts): upserted idempotently, and a job
 * removed from this list has its scheduler removed. Times are cron in BUDDY_TZ.
 *
 * Other domains contribute jobs from their own module: export a `JobSpec[]` (e.g. `export const
 * INTELLIGENCE_JOBS: JobSpec[] = [...]` in lib/intelligence/jobs.ts) and add it to CONTRIBUTED
 * below. That is the only edit this file needs; names must be unique (checked at load).
 * A handler receives only its JobContext (lib/jobs/job-context.ts): it cannot write files, run git
 * that changes anything, delete, or touch the queue, the schedulers or the database. It stages only
 * the kinds in its `outputs` (anything else fails the run), and reaches the system only through the
 * named `capabilities` listed here (infra facts, the drift check, the briefing, the cleanup, ...).
 * Handlers import only the job context and pure helpers (a dependency rule in .dependency-cruiser.cjs):
 * the core ones under lib/jobs/handlers, and those other domains contribute, in
 * lib/<domain>/job-handlers.ts; a contributed list (lib/<domain>/jobs.ts) holds only schedules, grants
 * and those handlers, so a contributed job reaches its domain through named capabilities too.
 */
import { codeAnalysis } from './handlers/code-analysis';
import { contentGeneration, contentResearch } from './handlers/content-drafts';
import { featureDiscovery } from './handlers/feature-discovery';
import { infraHealth } from './handlers/infra-health';
import { testCiGeneration } from './handlers/test-ci-generation';
import { morningBriefing } from './handlers/morning-briefing';
import { feedbackSynthesis, predictionUpdates, stagingCleanup } from './handlers/weekly';
import { INTELLIGENCE_JOBS, minutesAfterDigestCron } from '../intelligence/jobs';
import type { JobSpec } from './types';

const MIN = 60_000;

/** The nightly schedule of DESIGN.md: 8 daily and 3 weekly AI jobs. */
export const CORE_JOBS: JobSpec[] = [
  {
    name: 'infra-health',
    title: 'Infrastructure health + drift',
    description: 'Database, Redis, Docker containers, disk; drift report when drift exists.',
    cron: '0 22 * * *',
    model: 'sonnet',
    modelOptional: true,
    timeoutMs: 5 * MIN,
    catchUp: 'run-once',
    outputs: ['drift-report'],
    capabilities: ['infraFacts', 'driftCheck'],
    handler: infraHealth,
  },
  {
    name: 'code-analysis',
    title: 'Deep code analysis',
    description: 'New commits in each _active repository: a code review and a proposed CLAUDE.md.',
    cron: '50 22 * * *',
    model: 'opus',
    timeoutMs: 30 * MIN,
    catchUp: 'skip',
    outputs: ['code-review', 'claude-md'],
    handler: codeAnalysis,
  },
  {
    name: 'content-generation',
    title: 'Content generation',
    description: "Drafts from the owner's topics and the day's news digest.",
    // After the digest (05:00 by default, BUDDY_DIGEST_TIME), so the drafts can use the day's stories.
    get cron() {
      return minutesAfterDigestCron(10);
    },
    model: 'opus',
    timeoutMs: 20 * MIN,
    catchUp: 'skip',
    outputs: ['draft'],
    handler: contentGeneration,
  },
  {
    name: 'content-research',
    title: 'Content and research',
    description: 'Blog posts and social batches from the topics and the news digest.',
    get cron() {
      return minutesAfterDigestCron(15);
    },
    model: 'opus',
    timeoutMs: 20 * MIN,
    catchUp: 'skip',
    outputs: ['blog-post', 'social-batch'],
    handler: contentResearch,
  },
  {
    name: 'feature-discovery',
    title: 'Feature discovery',
    description: 'Feature proposals grounded in each repository.',
    cron: '0 3 * * *',
    model: 'sonnet',
    timeoutMs: 20 * MIN,
    catchUp: 'skip',
    outputs: ['feature-proposal'],
    handler: featureDiscovery,
  },
  {
    name: 'test-ci-generation',
    title: 'Test and CI generation',
    description: 'First tests and a CI workflow for repositories that lack them.',
    cron: '0 4 * * *',
    model: 'sonnet',
    timeoutMs: 20 * MIN,
    catchUp: 'skip',
    outputs: ['test-file', 'ci-workflow'],
    handler: testCiGeneration,
  },
  {
    name: 'morning-briefing',
    title: 'Morning briefing',
    description: 'The briefing of the night.',
    cron: '30 5 * * *',
    model: 'haiku',
    modelOptional: true,
    timeoutMs: 5 * MIN,
    catchUp: 'run-once',
    outputs: ['briefing'],
    capabilities: ['buildBriefing'],
    handler: morningBriefing,
  },
  {
    name: 'content-generation-weekday',
    title: 'Content generation (weekdays)',
    description: "Morning drafts from the owner's topics, Monday to Friday.",
    cron: '0 6 * * 1-5',
    model: 'sonnet',
    timeoutMs: 20 * MIN,
    catchUp: 'skip',
    outputs: ['draft'],
    handler: contentGeneration,
  },
  {
    name: 'prediction-updates',
    title: 'Prediction updates',
    description: 'Weekly updates of tracked predictions.',
    cron: '30 3 * * 0',
    model: 'sonnet',
    timeoutMs: 15 * MIN,
    catchUp: 'skip',
    outputs: ['prediction-update'],
    capabilities: ['proposePredictionUpdates'],
    handler: predictionUpdates,
  },
  {
    name: 'feedback-synthesis',
    title: 'Feedback synthesis',
    description: 'Lessons from rejection reasons, as proposed memory entries.',
    cron: '0 21 * * 0',
    model: 'sonnet',
    timeoutMs: 10 * MIN,
    catchUp: 'run-once',
    outputs: ['memory-proposal'],
    capabilities: ['listRejections'],
    handler: feedbackSynthesis,
  },
  {
    name: 'staging-cleanup',
    title: 'Staging cleanup',
    description: 'Expires stale pending items and archives old decided ones; never deletes.',
    cron: '30 23 * * 0',
    model: null,
    timeoutMs: 5 * MIN,
    catchUp: 'run-once',
    outputs: [],
    capabilities: ['cleanUpStaging'],
    handler: stagingCleanup,
  },
];

/** Job lists contributed by other domains, e.g. `...INTELLIGENCE_JOBS` from lib/intelligence/jobs.ts. */
const CONTRIBUTED: JobSpec[][] = [INTELLIGENCE_JOBS];

export function buildCatalog(lists: JobSpec[][]): ReadonlyMap<string, JobSpec> {
  const map = new Map<string, JobSpec>();
  for (const spec of lists.flat()) {
    if (!/^[a-z0-9-]+$/.test(spec.name)) throw new Error(`job name "${spec.name}" must be kebab-case`);
    if (map.has(spec.name)) throw new Error(`job "${spec.name}" is declared twice in the catalog`);
    map.set(spec.name, Object.freeze(spec));
  }
  return map;
}

export const CATALOG: ReadonlyMap<string, JobSpec> = buildCatalog([CORE_JOBS, ...CONTRIBUTED]);
