import type { Completion, ModelProvider } from '../ai/types';
import { NoProviderError } from '../ai/types';
import { publishEvent } from '../events/publish';
import { env } from '../env';
import { log } from '../log';
import { closeRun } from './close-run';
import { createJobContext, type RunLogLine } from './create-job-context';
import { effectiveSettings, getDefinition } from './definitions';
import type { MemoryEntry } from './job-context';
import { lastSuccessStart } from './last-success';
import { claimRun, countOutput, type RunFinish } from './record-run';
import type { JobResult, JobSpec, RunStatus, Trigger } from './types';

/** `late`: a scheduled slot delivered long after its time (workers were down); `skip` jobs record it and stop. */
export type RunRequest = { jobId: string; trigger: Trigger; slot: string; runId?: string; late?: boolean };
export type RunnerDeps = {
  catalog: ReadonlyMap<string, JobSpec>;
  provider: () => ModelProvider | null;
  /** The context window jobs fit their input to (BUDDY_MODEL_CONTEXT_TOKENS unless a test sets it). */
  contextTokens?: number;
  workspaceDir: string;
  topics: string[];
  readMemory: (query: string) => Promise<MemoryEntry[]>;
  /** Stops the job's schedule when its circuit opens. Only the runner holds this; handlers never do. */
  stopSchedule: (jobId: string) => Promise<void>;
  shutdown?: AbortSignal;
};
export type RunnerOutcome =
  | { kind: 'ignored' | 'duplicate'; reason: string }
  | { kind: 'ran'; runId: string; status: RunStatus };

type FinalStatus = RunFinish['status'];

export class RunTimeoutError extends Error {
  constructor(ms: number) {
    super(`timed out after ${ms} ms`);
    this.name = 'RunTimeoutError';
  }
}

type Verdict = { status: FinalStatus; summary: string | null; error: string | null };

function judge(result: JobResult, outputs: number): Verdict {
  if (result.kind === 'nothing-to-report')
    return { status: 'succeeded', summary: `Nothing to report: ${result.reason}`, error: null };
  if (result.kind === 'report' && result.report.trim())
    return { status: 'succeeded', summary: result.report, error: null };
  if (result.kind === 'produced' && outputs > 0) return { status: 'succeeded', summary: result.summary, error: null };
  return {
    status: 'failed',
    summary: null,
    error: 'finished without producing any output or a reason for having none',
  };
}

/** One isolated run of a catalog job: claim the slot, build the context, enforce the timeout, record the truth. */
export async function runJob(request: RunRequest, deps: RunnerDeps): Promise<RunnerOutcome> {
  const spec = deps.catalog.get(request.jobId);
  if (!spec) return { kind: 'ignored', reason: `"${request.jobId}" is not in the catalog` };
  const def = await getDefinition(spec.name);
  if (request.trigger !== 'manual' && (!def.enabled || def.circuitState === 'open')) {
    return { kind: 'ignored', reason: def.enabled ? 'circuit open' : 'paused' };
  }
  const settings = effectiveSettings(spec, def);
  const claim = await claimRun({ ...request, model: settings.model });
  if (claim.kind === 'duplicate') return { kind: 'duplicate', reason: `slot already ${claim.status}` };
  const finish = async (runId: string, result: RunFinish): Promise<RunnerOutcome> => {
    const change = await closeRun(spec.name, runId, result, def.circuitState);
    if (change.opened) {
      await deps
        .stopSchedule(spec.name)
        .catch((error: unknown) => log.warn('could not stop schedule', { job: spec.name, error }));
    }
    void publishEvent('jobs', 'run-finished', spec.name);
    return { kind: 'ran', runId, status: result.status };
  };
  if (claim.kind === 'abandoned') {
    const error = `worker stopped mid-run after staging ${claim.outputs} item(s); not re-run, to avoid duplicates`;
    return finish(claim.runId, { status: 'failed', error, startedAt: new Date() });
  }
  const { run } = claim;
  const startedAt = new Date();
  const lines: RunLogLine[] = [];
  const onLog = (line: RunLogLine) => lines.push(line);
  if (run.attempt > 1)
    onLog({
      at: startedAt.toISOString(),
      level: 'warn',
      message: `attempt ${run.attempt}: the previous attempt was abandoned by its worker`,
    });
  void publishEvent('jobs', 'run-started', spec.name);

  if (request.late && spec.catchUp === 'skip') {
    return finish(run.id, {
      status: 'skipped',
      summary: 'missed slot while no worker was running (catch-up policy: skip)',
      startedAt,
      log: lines,
    });
  }
  const provider = settings.model ? deps.provider() : null;
  if (settings.model && !provider && !spec.modelOptional)
    return finish(run.id, { status: 'skipped', summary: 'no model provider configured', startedAt, log: lines });

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new RunTimeoutError(settings.timeoutMs)), settings.timeoutMs);
  const onShutdown = () => controller.abort(new Error('worker shutting down'));
  deps.shutdown?.addEventListener('abort', onShutdown, { once: true });
  const usage = { tokensIn: 0, tokensOut: 0, provider: null as string | null, model: null as string | null };
  const staged: Array<{ id: string; kind: string; title: string }> = [];
  const ctx = createJobContext({
    runId: run.id,
    sessionId: run.sessionId,
    jobName: spec.name,
    model: settings.model,
    since: () => lastSuccessStart(spec.name),
    signal: controller.signal,
    deadline: Date.now() + settings.timeoutMs,
    workspaceDir: deps.workspaceDir,
    provider,
    contextTokens: deps.contextTokens ?? env().BUDDY_MODEL_CONTEXT_TOKENS,
    topics: deps.topics,
    readMemory: deps.readMemory,
    outputs: spec.outputs,
    capabilities: spec.capabilities ?? [],
    onCompletion: (c: Completion) => {
      usage.tokensIn += c.tokensIn;
      usage.tokensOut += c.tokensOut;
      usage.provider = c.provider;
      usage.model = c.model;
    },
    onStaged: (item) => {
      staged.push(item);
      void countOutput(run.id).catch(() => undefined);
    },
    onLog,
  });

  let verdict: Verdict;
  try {
    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
    });
    // The race makes the timeout hold even for a handler that ignores its signal.
    verdict = judge(await Promise.race([spec.handler(ctx), aborted]), staged.length);
  } catch (error) {
    const reason = controller.signal.aborted ? controller.signal.reason : error;
    const message = reason instanceof Error ? reason.message : String(reason);
    if (reason instanceof NoProviderError)
      verdict = { status: 'skipped', summary: 'no model provider configured', error: null };
    else
      verdict = { status: reason instanceof RunTimeoutError ? 'timed-out' : 'failed', summary: null, error: message };
    onLog({ at: new Date().toISOString(), level: 'error', message });
  } finally {
    clearTimeout(timer);
    deps.shutdown?.removeEventListener('abort', onShutdown);
  }

  return finish(run.id, {
    ...verdict,
    ...usage,
    model: usage.model ?? settings.model,
    outputs: staged.length,
    staged,
    log: lines,
    startedAt,
  });
}
