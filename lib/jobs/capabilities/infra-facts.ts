import { statfs } from 'node:fs/promises';
import { auditLiveContainers } from '../../containers/audit-live-containers';
import { docker, dockerConfigured } from '../../docker/client';
import { env } from '../../env';
import { checkHealth } from '../../health/check-health';

const DISK_WARN_FREE = 0.1;

async function containerLines(): Promise<string[]> {
  if (!dockerConfigured()) return ['docker: not configured'];
  const containers = await (await docker()).listContainers({ all: true });
  return containers.map(
    (c) => `container ${c.Names[0]?.replace(/^\//, '') ?? c.Id.slice(0, 12)}: ${c.State} (${c.Status})`,
  );
}

async function hardeningLines(): Promise<string[]> {
  if (!dockerConfigured()) return [];
  const { findings } = await auditLiveContainers();
  return findings.map((f) => `hardening: ${f.name} fails ${f.failed.join(', ')}`);
}

/** Database, Redis, Docker containers (and their hardening audit) and disk, read-only, as report lines. */
export async function collectInfraFacts(): Promise<{ status: string; lines: string[] }> {
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
  lines.push(...(await hardeningLines().catch((e: unknown) => [`hardening audit: unavailable (${String(e)})`])));
  return { status: health.status, lines };
}
