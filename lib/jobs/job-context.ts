import type { ModelAlias } from '../ai/types';
import type { CreateStagedItemInput } from '../staging/schemas';
import type { ExecRequest, ExecResult } from '../sandbox/exec-schema';
import type { WorkspaceReader } from './workspace-reader';

export type MemoryEntry = { id: string; content: string; category: string; tags: string[] };
export type MemoryProposal = { content: string; category: string; tags: string[]; title?: string; reason?: string };
export type StageInput = Omit<CreateStagedItemInput, 'sourceJob' | 'sourceRunId'>;
export type LogFn = (message: string, data?: Record<string, unknown>) => void;

/**
 * Everything a job handler can do, and nothing more: read the workspace, call its model, run code
 * in the sandbox, read and propose memory, stage outputs, log. No filesystem writes, no git beyond
 * a read-only log, no deletes, no queue or scheduler, no database. The object is deeply frozen.
 */
export type JobContext = Readonly<{
  runId: string;
  sessionId: string;
  jobName: string;
  model: ModelAlias | null;
  /** Start of the last successful run of this job (null on the first run); read only by the jobs that ask. */
  since(): Promise<Date | null>;
  signal: AbortSignal;
  workspace: Readonly<Pick<WorkspaceReader, 'exists' | 'readText' | 'sha256' | 'list' | 'activeRepos' | 'gitLog'>>;
  ai: Readonly<{ complete(input: { prompt: string; system?: string; maxTokens?: number }): Promise<string> }>;
  prompts: Readonly<{ render(name: string, version: number, vars: Record<string, string | number>): string }>;
  sandbox: Readonly<{ exec(request: ExecRequest): Promise<ExecResult> }>;
  memory: Readonly<{
    search(query: string): Promise<MemoryEntry[]>;
    propose(proposal: MemoryProposal): Promise<{ id: string }>;
  }>;
  staging: Readonly<{ create(input: StageInput): Promise<{ id: string }> }>;
  log: Readonly<{ info: LogFn; warn: LogFn; error: LogFn }>;
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
