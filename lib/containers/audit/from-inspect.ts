import type Docker from 'dockerode';
import { COMPONENT_LABEL, justifications } from '../labels';
import type { HardeningSubject, PortBinding } from './model';
import { secretEnvNames } from './secret-env';

/** The hardening view of a live container, from `docker inspect`. */
export function subjectFromInspect(info: Docker.ContainerInspectInfo): HardeningSubject {
  const host = info.HostConfig;
  const labels = info.Config.Labels ?? {};
  const ports: PortBinding[] = [];
  for (const [containerPort, bindings] of Object.entries(host.PortBindings ?? {})) {
    for (const b of (bindings as { HostIp?: string; HostPort?: string }[] | null) ?? []) {
      ports.push({ hostIp: b.HostIp ?? '', hostPort: b.HostPort ?? '', containerPort });
    }
  }
  const env = (info.Config.Env ?? []).map((e): [string, string] => {
    const i = e.indexOf('=');
    return i < 0 ? [e, ''] : [e.slice(0, i), e.slice(i + 1)];
  });
  return {
    kind: 'container',
    name: info.Name.replace(/^\//, ''),
    component: labels[COMPONENT_LABEL],
    capDrop: host.CapDrop ?? [],
    capAdd: host.CapAdd ?? [],
    privileged: Boolean(host.Privileged),
    noNewPrivileges: (host.SecurityOpt ?? []).some((o: string) => /^no-new-privileges(:true|=true)?$/.test(o)),
    memoryBytes: host.Memory ?? 0,
    pidsLimit: host.PidsLimit && host.PidsLimit > 0 ? host.PidsLimit : 0,
    readOnlyRootfs: Boolean(host.ReadonlyRootfs),
    user: info.Config.User ?? '',
    networkMode: host.NetworkMode ?? '',
    networks: Object.keys(info.NetworkSettings.Networks ?? {}),
    pidMode: host.PidMode ?? '',
    ipcMode: host.IpcMode ?? '',
    utsMode: host.UTSMode ?? '',
    usernsMode: host.UsernsMode ?? '',
    cpuShares: host.CpuShares ?? 0,
    nanoCpus: host.NanoCpus ?? 0,
    restartPolicy: {
      name: host.RestartPolicy?.Name ?? '',
      maximumRetryCount: host.RestartPolicy?.MaximumRetryCount ?? 0,
    },
    // As the benchmark reads a running container: the engine keeps a health state only when it has a
    // check. A container never started has no state yet; its declared check counts.
    healthcheck:
      Boolean(info.State?.Health) ||
      Boolean(info.Config.Healthcheck?.Test?.length && info.Config.Healthcheck.Test[0] !== 'NONE'),
    securityOpt: host.SecurityOpt ?? [],
    appArmorProfile: info.AppArmorProfile ?? '',
    mounts: (info.Mounts ?? []).map((m) => ({
      source: m.Source ?? '',
      target: m.Destination,
      type: m.Type,
      readOnly: !m.RW,
      propagation: m.Propagation || undefined,
    })),
    ports,
    secretEnv: secretEnvNames(env),
    justified: justifications(labels),
  };
}
