/**
 * Screenshots of Today for each kind of night, phone and desktop, into docs/screenshots/. Against a
 * running app (E2E_PORT, default 5050) started by scripts/e2e-app.sh, whose data directory this
 * script writes the night into: job runs, breakers and schedules, then the 05:30 briefing is built
 * through the domain's own use case and the page is photographed as the owner sees it.
 *   E2E_PORT=5105 npx tsx --conditions=react-server scripts/screenshot-nights.ts
 */
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../test/chromium';

const port = Number(process.env.E2E_PORT ?? 5050);
const base = `http://127.0.0.1:${port}`;
const dataDir = path.resolve(`e2e/.artifacts/data-${port}`);
Object.assign(process.env, {
  BUDDY_DATA_DIR: dataDir,
  BUDDY_WORKSPACE: path.join(dataDir, 'workspace'),
  BUDDY_REDIS_PREFIX: `e2e:${port}`,
  BUDDY_LOG_LEVEL: 'error',
});
delete process.env.DATABASE_URL;

const { getDb, disconnectDb } = await import('../lib/db/client');
const { env } = await import('../lib/env');
const { sessionCookie } = await import('../test/session');
const { createOwner } = await import('../lib/auth/owner');
const { listJobStates } = await import('../lib/jobs/night-runs');
const { buildBriefing } = await import('../lib/briefing/build-briefing');
const { nightWindow, slotsBetween } = await import('../lib/briefing/night-window');
const { CATALOG } = await import('../lib/jobs/catalog');
const { closeSharedRedis } = await import('../lib/redis/connection');

const OWNER = 'owner@buddy.test';
const tz = env().BUDDY_TZ;
// A Friday night, so the weekday and weekly jobs are due as on a real week.
const NOW = new Date('2026-12-05T05:30:00Z');
const window = nightWindow('30 5 * * *', tz, NOW);

type Plan = (job: string) => { status: string; error?: string; summary?: string } | null;
const NIGHTS: { kind: string; plan: Plan; prepare?: () => Promise<void> }[] = [
  { kind: 'all-good', plan: () => ({ status: 'succeeded' }) },
  {
    kind: 'one-failed',
    plan: (j) =>
      j === 'code-analysis'
        ? { status: 'failed', error: 'model call failed: 529 overloaded after 3 attempts' }
        : { status: 'succeeded' },
  },
  {
    kind: 'skipped-no-provider',
    plan: (j) => {
      const spec = CATALOG.get(j);
      return spec?.model && !spec.modelOptional
        ? { status: 'skipped', summary: 'no model provider configured' }
        : { status: 'succeeded' };
    },
  },
  { kind: 'missed-no-worker', plan: () => null },
  {
    kind: 'breaker-open',
    plan: (j) => (j === 'code-analysis' ? null : { status: 'succeeded' }),
    prepare: async () => {
      const db = await getDb();
      await db.jobDefinition.update({
        where: { id: 'code-analysis' },
        data: {
          circuitState: 'open',
          consecutiveFailures: 3,
          lastError: 'model call failed: 529 overloaded',
          circuitChangedAt: new Date(window.since.getTime() - 86_400_000),
        },
      });
      await db.gatewayJobCircuit.create({
        data: {
          jobId: 'inbox-triage',
          state: 'open',
          consecutiveFailures: 3,
          threshold: 3,
          lastError: 'agent session timed out',
          changedAt: new Date(window.since.getTime() + 3600_000),
          source: 'openclaw-gateway',
          reportedBy: 'gateway',
        },
      });
    },
  },
  {
    kind: 'empty',
    plan: () => null,
    prepare: async () => {
      await (await getDb()).jobDefinition.updateMany({ data: { enabled: false } });
    },
  },
];

async function reset() {
  const db = await getDb();
  await listJobStates();
  await db.jobRun.deleteMany({ where: { sessionId: { startsWith: 'night-' } } });
  await db.jobDefinition.updateMany({
    data: {
      enabled: true,
      circuitState: 'closed',
      consecutiveFailures: 0,
      lastError: null,
      createdAt: new Date('2026-11-01T00:00:00Z'),
    },
  });
  await db.gatewayJobCircuit.deleteMany({ where: { reportedBy: 'gateway' } });
}

async function writeRuns(plan: Plan) {
  const db = await getDb();
  for (const job of await listJobStates()) {
    if (job.name === 'morning-briefing') continue;
    for (const at of slotsBetween(job.cron, tz, window.since, window.until)) {
      const outcome = plan(job.name);
      if (!outcome) continue;
      const spec = CATALOG.get(job.name);
      await db.jobRun.create({
        data: {
          jobId: job.name,
          slot: String(at.getTime()),
          trigger: 'schedule',
          status: outcome.status,
          sessionId: `night-${job.name}-${at.getTime()}`,
          model: outcome.status === 'skipped' ? null : (spec?.model ?? null),
          tokensIn: outcome.status === 'succeeded' && spec?.model ? 1800 : 0,
          tokensOut: outcome.status === 'succeeded' && spec?.model ? 420 : 0,
          error: outcome.error ?? null,
          summary: outcome.summary ?? null,
          startedAt: at,
          finishedAt: new Date(at.getTime() + 95_000),
          durationMs: outcome.status === 'skipped' ? 0 : 95_000,
        },
      });
    }
  }
}

async function main() {
  await createOwner({ email: OWNER, password: 'correct horse battery staple' }).catch(() => undefined);
  const cookie = (await sessionCookie(OWNER)).split('=');
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    for (const night of NIGHTS) {
      await reset();
      await night.prepare?.();
      await writeRuns(night.plan);
      const { headline } = await buildBriefing({ trigger: 'schedule', now: NOW });
      console.log(`${night.kind}: ${headline}`);
      for (const [device, viewport] of [
        ['desktop', { width: 1280, height: 900 }],
        ['phone', { width: 390, height: 844 }],
      ] as const) {
        const context = await browser.newContext({ viewport, colorScheme: device === 'phone' ? 'light' : 'dark' });
        await context.addCookies([{ name: cookie[0] ?? '', value: cookie.slice(1).join('='), url: base }]);
        const page = await context.newPage();
        await page.goto(`${base}/today`);
        await page.getByTestId('briefing-headline').filter({ hasText: headline }).waitFor();
        await page.screenshot({ path: `docs/screenshots/today-${night.kind}-${device}.png`, fullPage: true });
        await context.close();
      }
    }
  } finally {
    await reset();
    await browser.close();
    await disconnectDb();
    await closeSharedRedis();
  }
}

await main();
