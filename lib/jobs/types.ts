import type { ModelAlias } from '../ai/types';
import type { JobContext, SystemCapabilityName } from './job-context';

/** What a run ends with. `produced` is only believed when the context saw staged items being made. */
export type JobResult =
  | { kind: 'produced'; summary: string }
  | { kind: 'report'; report: string }
  | { kind: 'nothing-to-report'; reason: string };

export type CatchUpPolicy = 'skip' | 'run-once';

/** One entry of the catalog: everything about a job that is declared in code, not edited by the owner. */
export type JobSpec = {
  name: string;
  title: string;
  description: string;
  /** Five-field cron in BUDDY_TZ. */
  cron: string;
  /** null = the job never calls a model (and runs without a provider). */
  model: ModelAlias | null;
  /**
   * The model only words the result: without a provider the job still runs (its checks matter more
   * than the prose) and its handler falls back to the plain facts.
   */
  modelOptional?: boolean;
  timeoutMs: number;
  catchUp: CatchUpPolicy;
  /** Staged kinds it may produce, shown on the Jobs page; staging any other kind fails the run. */
  outputs: string[];
  /** System capabilities beyond the common context (ctx.system), each named; none by default. */
  capabilities?: SystemCapabilityName[];
  handler: (ctx: JobContext) => Promise<JobResult>;
};

export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'timed-out', 'skipped'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export type Trigger = 'schedule' | 'catch-up' | 'manual';
