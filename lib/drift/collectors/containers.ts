import type Docker from 'dockerode';
import { docker, dockerConfigured } from '../../docker/client';
import type { Collected } from '../types';

export type ObservedHardening = {
  user: string;
  readOnlyRootfs: boolean;
  noNewPrivileges: boolean;
  capDrop: string[];
  capAdd: string[];
  memoryMb: number | null;
  pidsLimit: number | null;
};
export type ObservedContainer = {
  name: string;
  image: string;
  ports: number[];
  running: boolean;
  hardening: ObservedHardening;
};

const ROLE_LABEL = 'buddy.role';
const COMPOSE_SERVICE = 'com.docker.compose.service';

function hostPorts(bindings: Record<string, Array<{ HostPort?: string }> | null> | undefined): number[] {
  const ports = new Set<number>();
  for (const list of Object.values(bindings ?? {})) {
    for (const b of list ?? []) if (b.HostPort && Number(b.HostPort) > 0) ports.add(Number(b.HostPort));
  }
  return [...ports].sort((a, b) => a - b);
}

/** What `docker inspect` says about one container, in the terms the architecture page uses. */
export function observe(info: Docker.ContainerInspectInfo): ObservedContainer {
  const labels = info.Config.Labels ?? {};
  const host = info.HostConfig;
  const securityOpt: string[] = host.SecurityOpt ?? [];
  return {
    name: labels[ROLE_LABEL] || labels[COMPOSE_SERVICE] || info.Name.replace(/^\//, ''),
    image: info.Config.Image,
    ports: hostPorts(host.PortBindings as Record<string, Array<{ HostPort?: string }>> | undefined),
    running: info.State.Running,
    hardening: {
      user: info.Config.User ?? '',
      readOnlyRootfs: Boolean(host.ReadonlyRootfs),
      noNewPrivileges: securityOpt.some((o: string) => /^no-new-privileges(:true|=true)?$/.test(o)),
      capDrop: [...(host.CapDrop ?? [])].sort(),
      capAdd: [...(host.CapAdd ?? [])].sort(),
      memoryMb: host.Memory ? Math.round(host.Memory / 1024 / 1024) : null,
      pidsLimit: host.PidsLimit && host.PidsLimit > 0 ? host.PidsLimit : null,
    },
  };
}

/**
 * Buddy's containers (selected by labels, `buddy.role` by default), running or not. An engine that
 * cannot be reached is a collector error, which the report turns into a drift item of its own.
 */
export async function collectContainers(labels: string[], client?: Docker): Promise<Collected<ObservedContainer[]>> {
  if (!client && !dockerConfigured())
    return { ok: false, error: 'Docker engine not configured (no DOCKER_HOST and no local socket)' };
  try {
    const engine = client ?? (await docker());
    const list = await engine.listContainers({ all: true, filters: { label: labels } });
    const infos = await Promise.all(list.map((c) => engine.getContainer(c.Id).inspect()));
    return { ok: true, value: infos.map(observe).sort((a, b) => a.name.localeCompare(b.name)) };
  } catch (error) {
    return { ok: false, error: `Docker engine unreachable: ${(error as Error).message}` };
  }
}
