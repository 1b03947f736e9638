import { statfs } from 'node:fs/promises';
import { docker, dockerConfigured } from '../../docker/client';
import { env } from '../../env';
import { checkHealth } from '../../health/check-health';
import { detectDrift } from '../drift-hook';
import type { JobContext } from '../job-context';
import type { JobResult } from '../types';

const DISK_WARN_FREE = 0.1;

async function containerLines(): Promise<string[]> {
  if (!dockerConfigured()) return ['docker: not configured'];
  const containers = await docker().listContainers({ all: true });
  return containers.map((c) => `container ${c.Names[0]?.replace(/^\//, '') ?? c.Id.slice(0, 12)}: ${c.State} (${c.Status})`);
}

/** Database, Redis, Docker containers and disk, read-only; drift detection plugs in through drift-hook. */
export async function infraHealth(ctx: JobContext): Promise<JobResult> {
  const health = await checkHealth();
  const lines = [`database: ${health.database.status}`, `redis: ${health.redis.status}`, `docker: ${health.docker.status}`];
  lines.push(...(await containerLines().catch((e: unknown) => [`docker containers: unavailable (${String(e)})`])));
  const disk = await statfs(env().dataDir);
  const free = disk.bavail / disk.blocks;
  lines.push(`disk (data dir): ${(free * 100).toFixed(1)}% free${free < DISK_WARN_FREE ? ' - LOW' : ''}`);
  const report = lines.join('\n');
  ctx.log.info('health collected', { status: health.status });

  const drift = await detectDrift(ctx);
  if (drift.length > 0) {
    const summary = await ctx.ai.complete({ prompt: ctx.prompts.render('infra-health', 1, { report: `${report}\n\nDrift:\n${drift.map((d) => `- ${d.resource} ${d.field}: declared ${d.declared}, actual ${d.actual}`).join('\n')}` }) });
    await ctx.staging.create({ kind: 'drift-report', title: `Drift: ${drift.length} finding(s)`, summary, body: report, metadata: { findings: drift } });
  }
  return { kind: 'report', report: `${health.status.toUpperCase()}\n${report}${drift.length ? `\n${drift.length} drift finding(s) staged` : '\nno drift'}` };
}
