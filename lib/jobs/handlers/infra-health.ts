import { statfs } from 'node:fs/promises';
import { NoProviderError } from '../../ai/types';
import { auditLiveContainers } from '../../containers/audit-live-containers';
import { docker, dockerConfigured } from '../../docker/client';
import { runDriftCheck } from '../../drift/run-drift-check';
import { env } from '../../env';
import { checkHealth } from '../../health/check-health';
import type { JobContext } from '../job-context';
import type { JobResult } from '../types';

const DISK_WARN_FREE = 0.1;

async function containerLines(): Promise<string[]> {
  if (!dockerConfigured()) return ['docker: not configured'];
  const containers = await docker().listContainers({ all: true });
  return containers.map(
    (c) => `container ${c.Names[0]?.replace(/^\//, '') ?? c.Id.slice(0, 12)}: ${c.State} (${c.Status})`,
  );
}

async function hardeningLines(): Promise<string[]> {
  if (!dockerConfigured()) return [];
  const { findings } = await auditLiveContainers();
  return findings.map((f) => `hardening: ${f.name} fails ${f.failed.join(', ')}`);
}

/**
 * Database, Redis, Docker containers (and their hardening audit) and disk, read-only; then the
 * architecture drift check, which stages a drift report itself only when there is new drift.
 */
export async function infraHealth(ctx: JobContext): Promise<JobResult> {
  const health = await checkHealth();
  const lines = [
    `database: ${health.database.status}`,
    `redis: ${health.redis.status}`,
    `docker: ${health.docker.status}`,
  ];
  lines.push(...(await containerLines().catch((e: unknown) => [`docker containers: unavailable (${String(e)})`])));
  const disk = await statfs(env().dataDir);
  const free = disk.bavail / disk.blocks;
  lines.push(`disk (data dir): ${(free * 100).toFixed(1)}% free${free < DISK_WARN_FREE ? ' - LOW' : ''}`);
  ctx.log.info('health collected', { status: health.status });

  lines.push(...(await hardeningLines().catch((e: unknown) => [`hardening audit: unavailable (${String(e)})`])));
  const drift = await runDriftCheck({ trigger: 'schedule', runId: ctx.runId });
  lines.push(`drift: ${drift.reason}`);
  if (drift.outcome === 'staged' && drift.stagedItemId)
    ctx.log.info('drift report staged', { stagedItemId: drift.stagedItemId });
  // The job's model (sonnet in the catalog) turns the facts into three sentences for the owner;
  // the facts themselves stay in the report underneath.
  const facts = lines.join('\n');
  // Without a provider the night's checks still ran (drift included); the owner reads the facts as they are.
  const summary = await ctx.ai
    .complete({ prompt: ctx.prompts.render('infra-health', 1, { report: facts }) })
    .catch((error: unknown) => {
      if (error instanceof NoProviderError) return 'no model provider configured, so no summary; the facts follow.';
      throw error;
    });
  return { kind: 'report', report: `${health.status.toUpperCase()}: ${summary.trim()}\n\n${facts}` };
}
