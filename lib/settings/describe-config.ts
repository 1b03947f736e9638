import { dbProvider } from '../db/client';
import { dockerConfigured } from '../docker/client';
import { env } from '../env';

/** What this installation runs on, for the Settings page. Never includes secrets or credentials. */
export function describeConfig() {
  const e = env();
  const redis = new URL(e.REDIS_URL);
  return [
    {
      label: 'Database',
      value: dbProvider() === 'sqlite' ? `SQLite · ${e.DATABASE_URL.replace(/^file:/, '')}` : 'PostgreSQL',
    },
    { label: 'Redis', value: `${redis.hostname}:${redis.port || '6379'} · prefix "${e.BUDDY_REDIS_PREFIX}"` },
    { label: 'Time zone', value: e.BUDDY_TZ },
    { label: 'Workspace', value: e.workspaceDir },
    { label: 'Docker engine', value: dockerConfigured() ? (e.DOCKER_HOST ?? 'local socket') : 'not configured' },
    {
      label: 'Session secret',
      value: e.NEXTAUTH_SECRET ? 'from NEXTAUTH_SECRET' : 'generated, kept in the data folder',
    },
  ];
}
