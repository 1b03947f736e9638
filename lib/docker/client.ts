import 'server-only';
import { existsSync } from 'node:fs';
import type Docker from 'dockerode';
import { env } from '../env';

const DEFAULT_SOCKET = '/var/run/docker.sock';

function optionsFromHost(host: string): Docker.DockerOptions {
  if (host.startsWith('unix://')) return { socketPath: host.slice('unix://'.length) };
  const url = new URL(host.replace(/^tcp:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 2375), protocol: 'http' };
}

/** Whether Buddy should talk to a Docker engine at all (configured, or a local socket exists). */
export function dockerConfigured(): boolean {
  const { BUDDY_DOCKER, DOCKER_HOST } = env();
  if (BUDDY_DOCKER === 'off') return false;
  if (BUDDY_DOCKER === 'on') return true;
  return Boolean(DOCKER_HOST) || existsSync(DEFAULT_SOCKET);
}

const clients = new Map<string, Promise<Docker>>();

/**
 * The server-side Docker client, from DOCKER_HOST or the default socket (one per engine address).
 * dockerode is loaded with the first call, so a worker that runs no Docker job does not hold it:
 * with ssh2 and grpc it is 5 MB of V8 heap and 16 MB of external memory (ssh2's poly1305
 * WebAssembly instance), measured after a collection by bench:worker (issue #16).
 */
export function docker(): Promise<Docker> {
  const host = env().DOCKER_HOST ?? '';
  let client = clients.get(host);
  if (!client) {
    client = import('dockerode').then(
      ({ default: Engine }) => new Engine(host ? optionsFromHost(host) : { socketPath: DEFAULT_SOCKET }),
    );
    clients.set(host, client);
  }
  return client;
}

/** Where Buddy looks for the engine, for messages. */
export function dockerAddress(): string {
  return env().DOCKER_HOST ?? `unix://${DEFAULT_SOCKET}`;
}
