import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Configuration of the sandbox API server. This program runs alone inside the sandbox container
 * (not in the dashboard), so it reads its own few variables here instead of through lib/env.ts.
 */
const schema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(9500),
  SANDBOX_HOST: z.string().default('0.0.0.0'),
  SANDBOX_TOKEN_FILE: z.string().default('/run/secrets/sandbox_token'),
  SANDBOX_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  // Each concurrent slot runs programs as its own uid, so jobs cannot see or signal each other.
  SANDBOX_RUNNER_UID_BASE: z.coerce.number().int().min(1000).default(20000),
  SANDBOX_MAX_OUTPUT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  SANDBOX_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(256 * 1024),
  SANDBOX_DEFAULT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  SANDBOX_MAX_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
  SANDBOX_MAX_PROCESSES: z.coerce.number().int().min(4).default(64),
  SANDBOX_MAX_FILE_MB: z.coerce.number().int().min(1).default(64),
  SANDBOX_WORK_ROOT: z.string().default('/tmp/sandbox'),
});

export type SandboxConfig = z.infer<typeof schema> & { token: string };

export function loadSandboxConfig(source: NodeJS.ProcessEnv = process.env): SandboxConfig {
  const parsed = schema.parse(source);
  const token = (source.SANDBOX_TOKEN ?? readFileSync(parsed.SANDBOX_TOKEN_FILE, 'utf8')).trim();
  if (token.length < 16) throw new Error('The sandbox token must be at least 16 characters long.');
  return { ...parsed, token };
}
