import path from 'node:path';
import { z } from 'zod';

/**
 * The only place that reads process.env. Every variable has a default that gives the embedded
 * setup (SQLite under data/, a local Redis), so a fresh clone starts with no configuration.
 */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(5050),
  BUDDY_DATA_DIR: z.string().default('data'),
  DATABASE_URL: optionalString,
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  // BullMQ key prefix and pub/sub channel prefix; tests give each run its own.
  BUDDY_REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]+$/).default('buddy'),
  NEXTAUTH_SECRET: optionalString,
  NEXTAUTH_URL: optionalString,
  BUDDY_OWNER_EMAIL: optionalString.pipe(z.string().email().optional()),
  BUDDY_OWNER_PASSWORD: optionalString,
  BUDDY_TZ: z.string().default(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'),
  BUDDY_WORKSPACE: optionalString,
  DOCKER_HOST: optionalString,
  BUDDY_DOCKER: z.enum(['auto', 'on', 'off']).default('auto'),
  BUDDY_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  BUDDY_HEARTBEAT_EVERY: z.string().default('*/1 * * * *'),
  // Only for creating and checking migrations: a server where an empty scratch database may be made.
  BUDDY_PG_SCRATCH_URL: z.string().default('postgresql://postgres@127.0.0.1:5432/postgres'),
  BUDDY_LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  BUDDY_LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  // Scheduled AI jobs (lib/jobs, lib/ai). No provider = model-bound jobs end as "skipped".
  BUDDY_AI_PROVIDER: z.enum(['none', 'gateway', 'anthropic', 'openai-compatible']).default('none'),
  BUDDY_AI_BASE_URL: optionalString.pipe(z.string().url().optional()),
  BUDDY_AI_API_KEY: optionalString,
  BUDDY_GATEWAY_URL: z.string().url().default('http://127.0.0.1:18789'),
  BUDDY_GATEWAY_TOKEN: optionalString,
  BUDDY_GATEWAY_AGENT_ID: z.string().regex(/^[a-z0-9_-]+$/i).default('main'),
  BUDDY_MODEL_SONNET: z.string().default('claude-sonnet-4-5'),
  BUDDY_MODEL_OPUS: z.string().default('claude-opus-4-1'),
  BUDDY_MODEL_HAIKU: z.string().default('claude-haiku-4-5'),
  BUDDY_SANDBOX_URL: z.string().url().default('http://127.0.0.1:9500'),
  BUDDY_SANDBOX_TOKEN: optionalString,
  // BullMQ lock duration; a worker killed mid-run is detected as stalled after about this long.
  BUDDY_JOBS_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  BUDDY_JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  BUDDY_CONTENT_TOPICS: optionalString,
});

export type Env = z.infer<typeof schema> & {
  DATABASE_URL: string;
  dataDir: string;
  workspaceDir: string;
};

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const dataDir = path.resolve(/*turbopackIgnore: true*/ parsed.data.BUDDY_DATA_DIR);
  cached = {
    ...parsed.data,
    dataDir,
    DATABASE_URL: parsed.data.DATABASE_URL ?? `file:${path.join(dataDir, 'buddy.db')}`,
    workspaceDir: path.resolve(/*turbopackIgnore: true*/ parsed.data.BUDDY_WORKSPACE ?? path.join(dataDir, 'workspace')),
  };
  return cached;
}

/** Tests change the environment between cases; production never calls this. */
export function resetEnvForTests(): void {
  cached = undefined;
}
