export type StatsSnapshot = {
  at: string;
  cpuPercent: number;
  memoryBytes: number;
  memoryLimitBytes: number | null;
  memoryPercent: number | null;
  pids: number;
  pidsLimit: number | null;
};

type RawStats = {
  read: string;
  cpu_stats?: {
    cpu_usage?: { total_usage?: number; percpu_usage?: number[] };
    system_cpu_usage?: number;
    online_cpus?: number;
  };
  precpu_stats?: { cpu_usage?: { total_usage?: number }; system_cpu_usage?: number };
  memory_stats?: { usage?: number; stats?: Record<string, number> };
  pids_stats?: { current?: number };
};

/**
 * The engine's raw stats as the page shows them. CPU is computed like `docker stats` does; memory
 * excludes the page cache (inactive files on cgroup v1/v2). Limits come from the container's
 * configuration, since the engine reports the host's memory when none is set.
 */
export function statsSnapshot(raw: RawStats, limits: { memory: number | null; pids: number | null }): StatsSnapshot {
  const cpu = raw.cpu_stats ?? {};
  const pre = raw.precpu_stats ?? {};
  const cpuDelta = (cpu.cpu_usage?.total_usage ?? 0) - (pre.cpu_usage?.total_usage ?? 0);
  const systemDelta = (cpu.system_cpu_usage ?? 0) - (pre.system_cpu_usage ?? 0);
  const cpus = cpu.online_cpus ?? cpu.cpu_usage?.percpu_usage?.length ?? 1;
  const cpuPercent = systemDelta > 0 && cpuDelta > 0 ? (cpuDelta / systemDelta) * cpus * 100 : 0;
  const memStats = raw.memory_stats?.stats ?? {};
  const cache = memStats.total_inactive_file ?? memStats.inactive_file ?? 0;
  const usage = raw.memory_stats?.usage ?? 0;
  // As `docker stats` does: subtract the cache only when it is smaller than the usage.
  const memoryBytes = cache < usage ? usage - cache : usage;
  return {
    at: raw.read,
    cpuPercent: Math.round(cpuPercent * 100) / 100,
    memoryBytes,
    memoryLimitBytes: limits.memory,
    memoryPercent: limits.memory ? Math.round((memoryBytes / limits.memory) * 10_000) / 100 : null,
    pids: raw.pids_stats?.current ?? 0,
    pidsLimit: limits.pids,
  };
}
