import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { env } from '../env';
import { CATALOG } from './catalog';
import { createJobContext } from './create-job-context';

function context(signal = new AbortController().signal) {
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

  it('no model configured: the model capability says so', async () => {
    await expect(context().ai.complete({ prompt: 'x' })).rejects.toThrow('no model provider configured');
  });

  it('catalog handlers take one argument: the context (never a queue or db)', () => {
    expect(CATALOG.size).toBeGreaterThanOrEqual(11);
    for (const spec of CATALOG.values()) expect(spec.handler.length).toBeLessThanOrEqual(1);
  });
});
