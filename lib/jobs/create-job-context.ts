import { renderPrompt } from '../ai/render-prompt';
import type { Completion, ModelAlias, ModelProvider } from '../ai/types';
import { NoProviderError } from '../ai/types';
import { completeWithRetries } from '../ai/with-retries';
import { lastRejection, type StageOutcome, stageProposal } from '../staging/stage-proposal';
import { readCursor, writeCursor } from './job-cursors';
import { systemCapabilities } from './capabilities/system-capabilities';
import { deepFreeze, type JobContext, type MemoryEntry, type SystemCapabilityName } from './job-context';
import { sandboxExec } from './sandbox-client';
import { workspaceReader } from './workspace-reader';

export type RunLogLine = {
  at: string;
  level: 'info' | 'warn' | 'error';
  message: string;
  data?: Record<string, unknown>;
};

export type ContextDeps = {
  runId: string;
  sessionId: string;
  jobName: string;
  model: ModelAlias | null;
  since: () => Promise<Date | null>;
  signal: AbortSignal;
  deadline: number;
  workspaceDir: string;
  provider: ModelProvider | null;
  contextTokens: number;
  topics: string[];
  readMemory: (query: string) => Promise<MemoryEntry[]>;
  onCompletion: (completion: Completion) => void;
  onStaged: (item: { id: string; kind: string; title: string; outcome: StageOutcome }) => void;
  onLog: (line: RunLogLine) => void;
  /** The staged kinds the job's catalog entry declares; staging any other kind fails the run. */
  outputs: readonly string[];
  /** The system capabilities the job's catalog entry grants. */
  capabilities: readonly SystemCapabilityName[];
};

export class UndeclaredOutputError extends Error {
  constructor(job: string, kind: string, outputs: readonly string[]) {
    super(`job "${job}" may stage only ${outputs.join(', ') || 'nothing'}, not "${kind}" (declare it in outputs)`);
    this.name = 'UndeclaredOutputError';
  }
}

/** Builds the frozen capability object of one run; every capability stops working once the run is aborted. */
export function createJobContext(deps: ContextDeps): JobContext {
  const { signal } = deps;
  const guard = () => {
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('run aborted');
  };
  const reader = workspaceReader(deps.workspaceDir, signal);
  let since: Promise<Date | null> | undefined;
  const log = (level: RunLogLine['level']) => (message: string, data?: Record<string, unknown>) =>
    deps.onLog({ at: new Date().toISOString(), level, message, ...(data ? { data } : {}) });

  const stage: JobContext['staging']['create'] = async (input) => {
    guard();
    if (!deps.outputs.includes(input.kind)) throw new UndeclaredOutputError(deps.jobName, input.kind, deps.outputs);
    const item = await stageProposal(
      { ...input, sourceJob: deps.jobName, sourceRunId: deps.runId },
      `job:${deps.jobName}`,
    );
    if (item.outcome === 'suppressed') {
      log('info')(`not staged ${input.kind}: ${input.title}: ${item.reason}`, { itemId: item.id });
      return { id: item.id, outcome: item.outcome };
    }
    deps.onStaged({ id: item.id, kind: item.kind, title: item.title, outcome: item.outcome });
    log('info')(`${item.outcome === 'updated' ? 'updated pending' : 'staged'} ${input.kind}: ${input.title}`, {
      itemId: item.id,
    });
    return { id: item.id, outcome: item.outcome };
  };

  const completeInput: JobContext['ai']['complete'] = async (input) => {
    guard();
    if (!deps.provider || !deps.model) throw new NoProviderError();
    const completion = await completeWithRetries(
      deps.provider,
      {
        model: deps.model,
        system: input.system,
        messages: [{ role: 'user', content: input.prompt }],
        maxTokens: input.maxTokens,
        sessionKey: `buddy:run:${deps.runId}`,
        signal,
      },
      {
        deadline: deps.deadline,
        onRetry: (attempt, error) =>
          log('warn')(`model call failed, retrying (attempt ${attempt})`, { error: String(error) }),
      },
    );
    deps.onCompletion(completion);
    log('info')(
      `model ${completion.model} via ${completion.provider}: ${completion.tokensIn} in / ${completion.tokensOut} out`,
    );
    return completion.text;
  };
  const complete = (prompt: string) => completeInput({ prompt });

  return deepFreeze<JobContext>({
    runId: deps.runId,
    sessionId: deps.sessionId,
    jobName: deps.jobName,
    model: deps.model,
    since: () => {
      since ??= deps.since();
      return since;
    },
    signal,
    topics: [...deps.topics],
    workspace: {
      exists: (p) => reader.exists(p),
      readText: (p) => reader.readText(p),
      sha256: (p) => reader.sha256(p),
      list: (p) => reader.list(p),
      activeRepos: () => reader.activeRepos(),
      gitLog: (repo, range, max) => reader.gitLog(repo, range, max),
      gitHead: (repo) => reader.gitHead(repo),
      gitContains: (repo, commit) => reader.gitContains(repo, commit),
      gitDiff: (repo, from, to) => reader.gitDiff(repo, from, to),
      gitFiles: (repo, max) => reader.gitFiles(repo, max),
    },
    cursors: {
      get: (key) => readCursor(deps.jobName, key),
      set: async (key, value) => {
        guard();
        await writeCursor(deps.jobName, key, value);
      },
    },
    ai: {
      contextTokens: deps.contextTokens,
      complete: (input) => completeInput(input),
    },
    prompts: { render: renderPrompt },
    sandbox: {
      exec: (request) => {
        guard();
        return sandboxExec(request, signal);
      },
    },
    memory: {
      search: (query) => deps.readMemory(query),
      propose: (proposal) =>
        stage({
          kind: 'memory-proposal',
          title: proposal.title ?? proposal.content.slice(0, 80),
          summary: proposal.reason ?? '',
          body: proposal.content,
          metadata: { content: proposal.content, category: proposal.category, tags: proposal.tags },
        }),
    },
    staging: { create: stage, lastRejection: (kind, target) => lastRejection(kind, target) },
    log: { info: log('info'), warn: log('warn'), error: log('error') },
    system: systemCapabilities(deps.capabilities, { runId: deps.runId, stage, complete, signal }),
  });
}
