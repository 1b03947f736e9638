import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { env } from '../env';
import { CATALOG } from './catalog';
import { type ContextDeps, createJobContext } from './create-job-context';

function context(
  signal = new AbortController().signal,
  grants: Pick<ContextDeps, 'outputs' | 'capabilities'> = { outputs: ['draft'], capabilities: [] },
) {
  const workspaceDir = path.join(env().dataDir, 'ws');
  mkdirSync(path.join(workspaceDir, 'notes'), { recursive: true });
  writeFileSync(path.join(workspaceDir, 'notes', 'a.md'), 'hello');
  writeFileSync(path.join(env().dataDir, 'secret.txt'), 'outside');
  try {
    symlinkSync(path.join(env().dataDir, 'secret.txt'), path.join(workspaceDir, 'escape.txt'));
  } catch {}
  return createJobContext({
    runId: 'r1',
    sessionId: 's1',
    jobName: 'test',
    model: null,
    since: async () => null,
    signal,
    deadline: Date.now() + 1000,
    workspaceDir,
    provider: null,
    contextTokens: 8000,
    topics: ['a'],
    readMemory: async () => [],
    onCompletion: () => {},
    onStaged: () => {},
    onLog: () => {},
    ...grants,
  });
}

describe('job context: safety by construction', () => {
  it('exposes exactly the granted capabilities', () => {
    const ctx = context();
    expect(Object.keys(ctx).sort()).toEqual([
      'ai',
      'cursors',
      'jobName',
      'log',
      'memory',
      'model',
      'prompts',
      'runId',
      'sandbox',
      'sessionId',
      'signal',
      'since',
      'staging',
      'system',
      'topics',
      'workspace',
    ]);
    expect(Object.keys(ctx.workspace).sort()).toEqual([
      'activeRepos',
      'exists',
      'gitContains',
      'gitDiff',
      'gitFiles',
      'gitHead',
      'gitLog',
      'list',
      'readText',
      'sha256',
    ]);
    expect(Object.keys(ctx.staging)).toEqual(['create', 'lastRejection']);
    expect(Object.keys(ctx.memory).sort()).toEqual(['propose', 'search']);
    // No queue, scheduler, database, filesystem write, delete or git command anywhere on it.
    const all = Object.entries(ctx).flatMap(([k, v]) => [
      k,
      ...(v && typeof v === 'object' && !(v instanceof AbortSignal) ? Object.keys(v) : []),
    ]);
    expect(all).not.toContain('db');
    expect(all).not.toContain('git');
    for (const key of all) expect(key).not.toMatch(/queue|prisma|write|delete|remove|unlink|rm|schedul|push|commit/i);
  });

  it('is deeply frozen: a handler cannot add or swap capabilities', () => {
    const ctx = context() as unknown as { workspace: Record<string, unknown>; staging: Record<string, unknown> };
    expect(Object.isFrozen(ctx)).toBe(true);
    expect(Object.isFrozen(ctx.workspace)).toBe(true);
    expect(() => {
      ctx.workspace.write = () => {};
    }).toThrow(TypeError);
    expect(() => {
      ctx.staging.create = () => {};
    }).toThrow(TypeError);
  });

  it('reads inside the workspace but not outside it, also not through a symlink', async () => {
    const ctx = context();
    expect(await ctx.workspace.readText('notes/a.md')).toBe('hello');
    await expect(ctx.workspace.readText('../secret.txt')).rejects.toThrow(/outside the workspace/);
    await expect(ctx.workspace.readText('escape.txt')).rejects.toThrow(/outside the workspace/);
    await expect(ctx.workspace.readText('/etc/passwd')).rejects.toThrow(/outside the workspace/);
  });

  it('stops staging and model calls once the run is aborted', async () => {
    const controller = new AbortController();
    const ctx = context(controller.signal);
    controller.abort(new Error('timed out'));
    await expect(ctx.staging.create({ kind: 'draft', title: 'x' })).rejects.toThrow('timed out');
    await expect(ctx.ai.complete({ prompt: 'x' })).rejects.toThrow('timed out');
  });

  it('stages only the kinds its catalog entry declares: another kind fails, before anything is written', async () => {
    const ctx = context();
    await expect(ctx.staging.create({ kind: 'code-review', title: 'x' })).rejects.toThrow(
      'job "test" may stage only draft, not "code-review" (declare it in outputs)',
    );
    await expect(ctx.memory.propose({ content: 'x', category: 'fact', tags: [] })).rejects.toThrow(
      'not "memory-proposal"',
    );
  });

  it('system capabilities: only those granted by name are present', () => {
    expect(Object.keys(context().system)).toEqual([]);
    const granted = context(undefined, { outputs: ['drift-report'], capabilities: ['infraFacts', 'driftCheck'] });
    expect(Object.keys(granted.system).sort()).toEqual(['driftCheck', 'infraFacts']);
    // The catalog grants them narrowly: only the jobs that must reach the system get any.
    const grantedJobs = [...CATALOG.values()].filter((s) => s.capabilities?.length).map((s) => s.name);
    expect(grantedJobs.sort()).toEqual([
      'feedback-synthesis',
      'infra-health',
      'model-catalog',
      'morning-briefing',
      'news-digest',
      'news-feeds',
      'prediction-updates',
      'staging-cleanup',
    ]);
  });

  it('no model configured: the model capability says so', async () => {
    await expect(context().ai.complete({ prompt: 'x' })).rejects.toThrow('no model provider configured');
  });

  it('catalog handlers take one argument: the context (never a queue or db)', () => {
    expect(CATALOG.size).toBeGreaterThanOrEqual(11);
    for (const spec of CATALOG.values()) expect(spec.handler.length).toBeLessThanOrEqual(1);
  });
});
