import type { ModelAlias } from '../ai/types';
import type { ExecRequest, ExecResult } from '../sandbox/exec-schema';
import type { CreateStagedItemInput, StagedKind } from '../staging/schemas';
import type { StageOutcome } from '../staging/stage-proposal';
import type { WorkspaceReader } from './workspace-reader';
import type { WriteProse } from '../briefing/prose';
import type { WeeklyReportOutcome } from '../intelligence/prometheus/stage-weekly-model-report';

export type MemoryEntry = { id: string; content: string; category: string; tags: string[] };
export type MemoryProposal = { content: string; category: string; tags: string[]; title?: string; reason?: string };
export type StageInput = Omit<CreateStagedItemInput, 'sourceJob' | 'sourceRunId'>;
export type WorkspaceAbility =
  | 'exists'
  | 'readText'
  | 'sha256'
  | 'list'
  | 'activeRepos'
  | 'gitLog'
  | 'gitHead'
  | 'gitContains'
  | 'gitDiff'
  | 'gitFiles';
/** Narrow powers beyond the common context, granted per job by the catalog's `capabilities`. */
export type SystemCapabilities = {
  /** Database, Redis, Docker, hardening and disk facts, read-only. */
  infraFacts(): Promise<{ status: string; lines: string[] }>;
  /** The architecture drift check; a new drift report is staged through this run. */
  driftCheck(): Promise<{ outcome: string; reason: string; stagedItemId?: string }>;
  /** Composes and stores the morning briefing from the night's facts; the model (if any) only words them. */
  buildBriefing(writeProse?: WriteProse): Promise<{ briefingId: string; headline: string }>;
  /** Expires stale pending items and archives old decided ones; never deletes. */
  cleanUpStaging(): Promise<{ expired: number; archived: number }>;
  /** The owner's rejections (with reasons) since a moment. */
  listRejections(since: Date): Promise<Array<{ kind: string; title: string; reason: string }>>;
  /** Prediction updates from the week's digest and model changes, staged through this run. */
  proposePredictionUpdates(): Promise<{ proposed: number; reason?: string }>;
  /** Fetches every news feed that is due (conditional GET, backoff); the result per feed. */
  pollFeeds(): Promise<{ polled: number; results: Record<string, string> }>;
  /** Snapshots each configured model catalog source; the status per source. */
  snapshotModelCatalogs(): Promise<Record<string, string>>;
  /** Once a week, the model catalog changes as a report, staged through this run. */
  stageWeeklyModelReport(): Promise<WeeklyReportOutcome>;
  /** Builds the day's news digest and writes it where the content jobs read it. */
  buildDailyDigest(): Promise<{ day: string; stories: number }>;
};
export type SystemCapabilityName = keyof SystemCapabilities;

export type Rejection = { id: string; reason: string; inputHash: string | null; decidedAt: Date };
export type LogFn = (message: string, data?: Record<string, unknown>) => void;

/**
 * Everything a job handler can do, and nothing more: read the workspace (files, and git read-only:
 * log, diff, tracked files), call its model, run code in the sandbox, read and propose memory,
 * remember its own cursors between runs, stage outputs, log; plus the named system capabilities
 * its catalog entry grants (`capabilities`). Staging accepts only the kinds the catalog entry
 * declares in `outputs`, and every staged item counts in the run's record. No filesystem writes,
 * no git that changes anything, no deletes, no queue or scheduler, no database beyond the above.
 * That handlers import nothing else is checked by the job-handler rule in .dependency-cruiser.cjs
 * (lib/jobs/handlers/dependency-rule.test.ts). The object is deeply frozen.
 */
export type JobContext = Readonly<{
  runId: string;
  sessionId: string;
  jobName: string;
  model: ModelAlias | null;
  /** Start of the last successful run of this job (null on the first run); read only by the jobs that ask. */
  since(): Promise<Date | null>;
  signal: AbortSignal;
  workspace: Readonly<Pick<WorkspaceReader, WorkspaceAbility>>;
  ai: Readonly<{
    complete(input: { prompt: string; system?: string; maxTokens?: number }): Promise<string>;
    /** The model's context window in tokens: what a job fits its input (a diff, a tree) to. */
    contextTokens: number;
  }>;
  /** What this job remembers between runs, per key (e.g. the last reviewed commit of each repository). */
  cursors: Readonly<{ get(key: string): Promise<string | null>; set(key: string, value: string): Promise<void> }>;
  prompts: Readonly<{ render(name: string, version: number, vars: Record<string, string | number>): string }>;
  sandbox: Readonly<{ exec(request: ExecRequest): Promise<ExecResult> }>;
  memory: Readonly<{
    search(query: string): Promise<MemoryEntry[]>;
    propose(proposal: MemoryProposal): Promise<{ id: string }>;
  }>;
  staging: Readonly<{
    /**
     * Stages a proposal, or updates the pending one it repeats, or refuses to repeat a rejected one
     * (`suppressed`: nothing was staged). See lib/staging/stage-proposal.ts.
     */
    create(input: StageInput): Promise<{ id: string; outcome: StageOutcome }>;
    /** The owner's last rejection for this kind and target (its reason belongs in the next prompt). */
    lastRejection(kind: StagedKind, target: string): Promise<Rejection | null>;
  }>;
  log: Readonly<{ info: LogFn; warn: LogFn; error: LogFn }>;
  /** Only the capabilities the job's catalog entry lists; the others are absent. */
  system: Readonly<Partial<SystemCapabilities>>;
  topics: readonly string[];
}>;

/** Freezes plain objects and arrays all the way down; host objects (AbortSignal, Date) stay usable. */
export function deepFreeze<T>(value: T): T {
  const proto = value && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  const object = value as Record<string, unknown>;
  if ((proto === Object.prototype || proto === Array.prototype) && !Object.isFrozen(object)) {
    Object.freeze(object);
    for (const key of Object.keys(object)) deepFreeze(object[key]);
  }
  return value;
}
