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
  BUDDY_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]+$/)
    .default('buddy'),
  NEXTAUTH_SECRET: optionalString,
  NEXTAUTH_URL: optionalString,
  BUDDY_OWNER_EMAIL: optionalString.pipe(z.string().email().optional()),
  BUDDY_OWNER_PASSWORD: optionalString,
  BUDDY_TZ: z.string().default(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'),
  BUDDY_WORKSPACE: optionalString,
  // The OpenClaw agent workspace holding MEMORY.md and memory/ (default: <data dir>/agent-workspace).
  BUDDY_AGENT_WORKSPACE: optionalString,
  DOCKER_HOST: optionalString,
  BUDDY_DOCKER: z.enum(['auto', 'on', 'off']).default('auto'),
  // Containers: only those labelled buddy.scope=<this> are Buddy's (unset: every buddy.component container).
  BUDDY_DOCKER_SCOPE: optionalString,
  /** Buddy's networks are named `<this>` or `<this>-<purpose>` (compose: `<stack name>-net-*`). */
  BUDDY_DOCKER_NETWORK: z.string().default('buddy-net'),
  /** The compose stack's name (BUDDY_STACK_NAME of scripts/stack.sh): network names derive from it. */
  BUDDY_STACK_NAME: z.string().default('buddy'),
  /** The sandbox's own network (compose: `<stack name>-net-sandbox`); unset: BUDDY_DOCKER_NETWORK. */
  BUDDY_SANDBOX_NETWORK: optionalString,
  /** The host path of the one workspace, for the sandbox's mounts (the dashboard sees it at BUDDY_WORKSPACE). */
  BUDDY_HOST_WORKSPACE: optionalString,
  BUDDY_COMPOSE_FILE: z.string().default('docker-compose.yml'),
  BUDDY_SANDBOX_IMAGE: z.string().default('buddy-sandbox:latest'),
  BUDDY_SANDBOX_NAME: z.string().default('buddy-sandbox'),
  // Host path of the sandbox token file (bind-mounted read-only into the sandbox it creates).
  BUDDY_SANDBOX_TOKEN_HOST_PATH: optionalString,
  BUDDY_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  BUDDY_HEARTBEAT_EVERY: z.string().default('*/1 * * * *'),
  // Only for creating and checking migrations: a server where an empty scratch database may be made.
  BUDDY_PG_SCRATCH_URL: z.string().default('postgresql://postgres@127.0.0.1:5432/postgres'),
  BUDDY_LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  BUDDY_LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  // Sign-in delays grow from 1 s after the free attempts, doubling up to this cap (never a hard lockout).
  BUDDY_LOGIN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(120),
  // Reverse proxies in front of the dashboard that append to X-Forwarded-For (0: none; the header is ignored).
  BUDDY_TRUSTED_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  // Server-side fetches (feeds, catalogs) refuse internal addresses; hosts ("name" or "name:port") allowed anyway.
  BUDDY_FETCH_ALLOW_HOSTS: z.string().default(''),
  // Staging retention (weekly cleanup): pending items expire, decided ones are archived; nothing is deleted.
  BUDDY_STAGING_PENDING_MAX_AGE_DAYS: z.coerce.number().int().min(1).default(14),
  BUDDY_STAGING_ARCHIVE_AFTER_DAYS: z.coerce.number().int().min(1).default(30),
  // Secrets (governance): age identities as sops reads them, the encrypted folder and the tmpfs target.
  SOPS_AGE_KEY: optionalString,
  SOPS_AGE_KEY_FILE: optionalString,
  XDG_CONFIG_HOME: optionalString,
  HOME: optionalString,
  /**
   * Folder of SOPS files a process decrypts for itself at start (worker). Unset: nothing is decrypted
   * in-process; the production stack decrypts on the host instead (scripts/stack.sh). Pages that
   * list the repository's encrypted files read `secrets/` when this is unset.
   */
  BUDDY_SECRETS_SOURCE: optionalString,
  BUDDY_SECRETS_DIR: z.string().default('/dev/shm/buddy-secrets'),
  BUDDY_SECRETS_UID: z.coerce.number().int().min(0).optional(),
  // The SKILL.md library and the gateway plugins the Skills page shows (relative to the app's cwd).
  BUDDY_SKILLS_DIR: z.string().default('skills'),
  BUDDY_EXTENSIONS_DIR: z.string().default('docker/gateway/extensions'),
  // Intelligence: catalog sources as "source=url" pairs (comma-separated); only these URLs are fetched.
  BUDDY_CATALOG_SOURCES: z.string().default(''), // none by default: the offline seed needs no network; see the README to add sources
  BUDDY_CATALOG_ANTHROPIC_KEY: optionalString,
  BUDDY_CATALOG_OPENAI_KEY: optionalString,
  // The daily news digest must be ready before the 05:30 briefing (local time, BUDDY_TZ).
  BUDDY_DIGEST_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM')
    .refine((t) => t < '05:30', 'must be before the 05:30 briefing')
    .default('05:00'),
  // Drift detection: where the declared side lives and where reality is observed (tests use temp folders).
  BUDDY_ARCHITECTURE_FILE: z.string().default('governance/architecture.md'),
  BUDDY_DRIFTIGNORE_FILE: z.string().default('governance/.driftignore'),
  // The architecture changelog; unset, CHANGELOG.md beside the architecture page.
  BUDDY_CHANGELOG_FILE: z.string().optional(),
  BUDDY_PACKAGE_JSON: z.string().default('package.json'),
  // Docker label filters (comma separated, all must match) that select the containers drift looks at.
  BUDDY_DRIFT_CONTAINER_LABELS: z.string().default('buddy.role'),
  // Scheduled AI jobs (lib/jobs, lib/ai). No provider = model-bound jobs end as "skipped".
  BUDDY_AI_PROVIDER: z.enum(['none', 'gateway', 'anthropic', 'openai-compatible']).default('none'),
  BUDDY_AI_BASE_URL: optionalString.pipe(z.string().url().optional()),
  BUDDY_AI_API_KEY: optionalString,
  BUDDY_GATEWAY_URL: z.string().url().default('http://127.0.0.1:18789'),
  BUDDY_GATEWAY_TOKEN: optionalString,
  BUDDY_GATEWAY_AGENT_ID: z
    .string()
    .regex(/^[a-z0-9_-]+$/i)
    .default('main'),
  BUDDY_MODEL_SONNET: z.string().default('claude-sonnet-4-5'),
  BUDDY_MODEL_OPUS: z.string().default('claude-opus-4-1'),
  BUDDY_MODEL_HAIKU: z.string().default('claude-haiku-4-5'),
  // The context window jobs fit their input to (a diff, a tree); lower it for a gateway fronting a small local model.
  BUDDY_MODEL_CONTEXT_TOKENS: z.coerce.number().int().min(2000).default(200_000),
  // Memory near-duplicates by meaning (optional): an OpenAI-compatible /v1/embeddings or Ollama /api/embed
  // endpoint. Without one, memory is compared by its words only.
  BUDDY_EMBEDDINGS_PROVIDER: z.enum(['none', 'openai-compatible', 'ollama']).default('none'),
  BUDDY_EMBEDDINGS_URL: optionalString.pipe(z.string().url().optional()),
  BUDDY_EMBEDDINGS_MODEL: z.string().default('nomic-embed-text'),
  BUDDY_EMBEDDINGS_API_KEY: optionalString,
  BUDDY_SANDBOX_URL: z.string().url().default('http://127.0.0.1:9500'),
  BUDDY_SANDBOX_TOKEN: optionalString,
  // BullMQ lock duration; a worker killed mid-run is detected as stalled after about this long.
  BUDDY_JOBS_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  BUDDY_JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  BUDDY_CONTENT_TOPICS: optionalString,
  // Tests only (NODE_ENV=test): the promoting process SIGKILLs itself after this many file writes.
  BUDDY_TEST_PROMOTION_CRASH_AFTER: z.coerce.number().int().min(1).optional(),
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
    workspaceDir: path.resolve(
      /*turbopackIgnore: true*/ parsed.data.BUDDY_WORKSPACE ?? path.join(dataDir, 'workspace'),
    ),
  };
  return cached;
}

/** Tests change the environment between cases; production never calls this. */
export function resetEnvForTests(): void {
  cached = undefined;
}
