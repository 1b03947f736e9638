import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { gatewayProvider } from '../../lib/ai/gateway-provider';
import { getDb } from '../../lib/db/client';
import { env } from '../../lib/env';
import { CATALOG } from '../../lib/jobs/catalog';
import { runJob } from '../../lib/jobs/run-job';
import { type FakeProvider, type RecordedRequest, startFakeProvider } from '../providers/fake-provider-server';

const TOKEN = 'harness-gateway-token';

/**
 * Runs catalog jobs the way the worker does (runJob with the real catalog and the gateway
 * provider's real client) against the local provider server, in this test file's own
 * workspace (<data dir>/workspace). Each run returns its record, what it staged and the model
 * requests it made.
 */
export function catalogHarness() {
  let fake: FakeProvider;
  let slot = 0;
  const workspace = () => path.join(env().dataDir, 'workspace');
  beforeAll(async () => {
    fake = await startFakeProvider({ token: TOKEN });
    mkdirSync(workspace(), { recursive: true });
  });
  afterAll(async () => {
    await fake.close();
  });

  return {
    fake: () => fake,
    /** A path inside the workspace. */
    path: (...parts: string[]) => path.join(workspace(), ...parts),
    write(relative: string, content: string) {
      const file = path.join(workspace(), relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    },
    async run(jobId: string, options: { provider?: boolean; contextTokens?: number } = {}) {
      const before = fake.requests.length;
      const provider =
        options.provider === false ? null : gatewayProvider({ url: fake.url, token: TOKEN, agentId: 'main' });
      const deps = {
        catalog: CATALOG,
        provider: () => provider,
        contextTokens: options.contextTokens,
        workspaceDir: workspace(),
        topics: [],
        readMemory: async () => [],
        stopSchedule: async () => undefined,
      };
      const outcome = await runJob({ jobId, trigger: 'schedule', slot: `harness-${++slot}` }, deps);
      if (outcome.kind !== 'ran') throw new Error(`${jobId} did not run: ${outcome.reason}`);
      const db = await getDb();
      const run = await db.jobRun.findUniqueOrThrow({ where: { id: outcome.runId } });
      const staged = await db.stagedItem.findMany({
        where: { sourceRunId: run.id },
        include: { files: true },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      const requests: RecordedRequest[] = fake.requests.slice(before);
      // `stagedRecord`: what the run's record says it staged (the column), beside the items themselves.
      const stagedRecord = (run.staged ?? []) as Array<{ id: string; kind: string; outcome: string }>;
      return { ...run, stagedRecord, staged, requests, prompts: requests.map(promptOf) };
    },
  };
}

/** The user message of a chat-completions request: the rendered prompt. */
export function promptOf(request: RecordedRequest): string {
  const messages = request.body.messages as Array<{ role: string; content: string }>;
  return messages.find((m) => m.role === 'user')?.content ?? '';
}

/** Commits files to a real git repository (created on first use), dated `at`. */
export function commit(repoDir: string, files: Record<string, string>, message: string, at = new Date()) {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd: repoDir,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Ada',
        GIT_AUTHOR_EMAIL: 'ada@example.test',
        GIT_COMMITTER_NAME: 'Ada',
        GIT_COMMITTER_EMAIL: 'ada@example.test',
        GIT_AUTHOR_DATE: at.toISOString(),
        GIT_COMMITTER_DATE: at.toISOString(),
      },
    });
  mkdirSync(repoDir, { recursive: true });
  if (!existsSync(path.join(repoDir, '.git'))) git('init', '-q', '-b', 'main');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repoDir, name)), { recursive: true });
    writeFileSync(path.join(repoDir, name), content);
  }
  git('add', '-A');
  git('commit', '-q', '-m', message);
}
