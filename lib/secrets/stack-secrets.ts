import { randomBytes } from 'node:crypto';
import { chownSync, closeSync, constants, fchownSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { decryptSopsFile } from './decrypt-sops';
import type { IdentitySources } from './age-identities';
import { SopsError } from './sops-error';
import { assertTmpfs } from './tmpfs';

/** The values sealed in secrets/stack.sops.yaml; URLs are derived from them at decrypt time. */
export const STACK_SECRET_KEYS = [
  'nextauth_secret',
  'owner_password',
  'gateway_token',
  'agent_token',
  'sandbox_token',
  'postgres_password',
  'redis_password',
] as const;
type Key = (typeof STACK_SECRET_KEYS)[number];
const sealedSchema = z.object(
  Object.fromEntries(STACK_SECRET_KEYS.map((k) => [k, z.string().min(16)])) as Record<Key, z.ZodString>,
);
export type StackSecrets = z.infer<typeof sealedSchema>;

/** The files each service's /run/secrets holds, and the uid that owns them (its container user). */
export const STACK_SECRET_PLAN = {
  // gateway_token: the owner's Re-enable of a stopped gateway cron job (lib/jobs/gateway/reset-gateway-job.ts).
  dashboard: { uid: 10001, files: ['database_url', 'redis_url', 'nextauth_secret', 'owner_password', 'gateway_token'] },
  worker: { uid: 10001, files: ['database_url', 'redis_url', 'gateway_token', 'sandbox_token'] },
  gateway: { uid: 10002, files: ['gateway_token', 'agent_token', 'sandbox_token'] },
  redis: { uid: 999, files: ['redis_password'] },
  postgres: { uid: 999, files: ['postgres_password'] },
  // The sandbox server reads its token as root before any program (another uid) runs.
  sandbox: { uid: 0, files: ['sandbox_token'] },
} as const;

/** Fresh random values for a new installation (hex, so they need no quoting in URLs or configs). */
export function generateStackSecrets(): StackSecrets {
  return Object.fromEntries(STACK_SECRET_KEYS.map((k) => [k, randomBytes(24).toString('hex')])) as StackSecrets;
}

/** Every file name a service may get, with its content. */
export function secretFiles(s: StackSecrets): Record<string, string> {
  return {
    ...s,
    database_url: `postgresql://buddy:${s.postgres_password}@postgres:5432/buddy`,
    redis_url: `redis://:${s.redis_password}@redis:6379`,
  };
}

export async function openStackSecrets(file: string, identities?: IdentitySources): Promise<StackSecrets> {
  const { data } = await decryptSopsFile(file, { identities });
  const parsed = sealedSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SopsError('MALFORMED', `${file}: "${issue?.path.join('.')}" ${issue?.message ?? 'is invalid'}.`);
  }
  return parsed.data;
}

/**
 * Writes each service's folder under `dir` (which must be on tmpfs): the folder 0500 and every
 * file 0400, both owned by the service's user, created exclusively so nothing pre-placed is reused.
 * Anything left from an earlier start is removed first; on any error nothing is left behind.
 */
export function distributeStackSecrets(dir: string, secrets: StackSecrets): string[] {
  assertTmpfs(path.dirname(dir));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { mode: 0o700 });
  assertTmpfs(dir);
  const files = secretFiles(secrets);
  const written: string[] = [];
  try {
    for (const [service, plan] of Object.entries(STACK_SECRET_PLAN)) {
      const folder = path.join(dir, service);
      mkdirSync(folder, { mode: 0o500 });
      for (const name of plan.files) {
        const file = path.join(folder, name);
        const fd = openSync(
          file,
          constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
          0o400,
        );
        try {
          writeSync(fd, files[name] ?? '');
          fchownSync(fd, plan.uid, plan.uid);
        } finally {
          closeSync(fd);
        }
        written.push(file);
      }
      chownSync(folder, plan.uid, plan.uid);
    }
    // Compose (as root) resolves the bind sources; the services only ever see their own folder.
    chownSync(dir, 0, 0);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return written;
}

export function removeStackSecrets(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
