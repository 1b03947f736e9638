import type Docker from 'dockerode';
import { auditSubject } from './audit/summarize';
import { subjectFromInspect } from './audit/from-inspect';
import type { AuditReport, PortBinding } from './audit/model';
import { COMPONENT_LABEL } from './labels';

export type ContainerSummary = {
  id: string;
  name: string;
  component: string;
  image: string;
  state: string;
  health: 'healthy' | 'unhealthy' | 'starting' | 'none';
  startedAt: string | null;
  uptimeSeconds: number | null;
  restartCount: number;
  ports: PortBinding[];
  memoryLimitBytes: number | null;
  pidsLimit: number | null;
  audit: AuditReport;
};

/** What the page shows for one container, with its hardening audit, from a single inspect. */
export function summarizeContainer(
  info: Docker.ContainerInspectInfo,
  network: string,
  now = Date.now(),
): ContainerSummary {
  const running = info.State.Running;
  const started =
    running && info.State.StartedAt && !info.State.StartedAt.startsWith('0001') ? info.State.StartedAt : null;
  const published: PortBinding[] = [];
  for (const [containerPort, bindings] of Object.entries(info.NetworkSettings.Ports ?? {})) {
    for (const b of bindings ?? []) published.push({ hostIp: b.HostIp, hostPort: b.HostPort, containerPort });
  }
  const health = (info.State as { Health?: { Status?: string } }).Health?.Status;
  return {
    id: info.Id.slice(0, 12),
    name: info.Name.replace(/^\//, ''),
    component: info.Config.Labels?.[COMPONENT_LABEL] ?? 'unknown',
    image: info.Config.Image,
    state: info.State.Status,
    health: health === 'healthy' || health === 'unhealthy' || health === 'starting' ? health : 'none',
    startedAt: started,
    uptimeSeconds: started ? Math.max(0, Math.round((now - Date.parse(started)) / 1000)) : null,
    restartCount: info.RestartCount ?? 0,
    ports: published,
    memoryLimitBytes: info.HostConfig.Memory ? info.HostConfig.Memory : null,
    pidsLimit: info.HostConfig.PidsLimit && info.HostConfig.PidsLimit > 0 ? info.HostConfig.PidsLimit : null,
    audit: auditSubject(subjectFromInspect(info), network),
  };
}
