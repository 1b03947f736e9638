/**
 * Screenshots of Today for each kind of night (the plans of the table-driven briefing test,
 * test/briefing/nights.ts), phone and desktop, into docs/screenshots/nights/. Against a
 * running app (E2E_PORT, default 5050) started by scripts/e2e-app.sh, whose data directory this
 * script writes the night into: job runs, breakers and schedules, then the 05:30 briefing is built
 * through the domain's own use case and the page is photographed as the owner sees it.
 *   E2E_PORT=5105 npx tsx --conditions=react-server scripts/screenshot-nights.ts
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../test/chromium';
import { NIGHT_PLANS, type NightPlan } from '../test/briefing/nights';

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
const { dayIn } = await import('../lib/intelligence/sentinel/build-digest');
const { closeSharedRedis } = await import('../lib/redis/connection');

const OWNER = 'owner@buddy.test';
const tz = env().BUDDY_TZ;
// A Friday night, so the weekday and weekly jobs are due as on a real week.
const NOW = new Date('2026-12-05T05:30:00Z');
const window = nightWindow('30 5 * * *', tz, NOW);

const OUT = 'docs/screenshots/nights';

/** Writes what the plan says beyond the runs: open breakers, disabled jobs, a worker gone quiet. */
async function prepare(plan: NightPlan) {
  const db = await getDb();
  if (plan.breakers) {
    const { buddy, gateway } = plan.breakers;
    await db.jobDefinition.update({
      where: { id: buddy.job },
      data: {
        circuitState: 'open',
        consecutiveFailures: 3,
        lastError: buddy.lastError,
        circuitChangedAt: new Date(window.since.getTime() - 86_400_000),
      },
    });
    await db.gatewayJobCircuit.create({
      data: {
        jobId: gateway.job,
        state: 'open',
        consecutiveFailures: 3,
        threshold: 3,
        lastError: gateway.lastError,
        changedAt: new Date(window.since.getTime() + 3600_000),
        cooldownEndsAt: new Date(window.since.getTime() + 3600_000 + 15 * 60_000),
        source: 'openclaw-gateway',
        reportedBy: 'gateway',
      },
    });
  }
  if (plan.empty) await db.jobDefinition.updateMany({ data: { enabled: false } });
}

async function reset() {
  const db = await getDb();
  await listJobStates();
  await db.jobRun.deleteMany({ where: { sessionId: { startsWith: 'night-' } } });
  // Each picture shows one night: the briefings of the nights photographed before it are not its history.
  await db.briefing.deleteMany({});
  await db.digest.deleteMany({});
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
  // A night without a worker backdates the heartbeats; the running worker is alive again for the next.
  await db.workerHeartbeat.updateMany({ data: { lastBeat: new Date() } });
}

const STORIES = [
  ['Small models get faster on laptops', ['Feed A', 'Feed B']],
  ['An agent gateway adds resumable sessions', ['Feed B']],
  ['SQLite turns 26', ['Feed C']],
] as const;

async function writeDigest(at: Date) {
  const stories = STORIES.map(([title, sources], i) => ({
    storyId: `night-story-${i}`,
    title,
    url: `https://news.example/${i}`,
    sources: [...sources],
    score: STORIES.length - i,
  }));
  await (await getDb()).digest.create({
    data: { day: dayIn(tz, at), stories: JSON.stringify(stories), createdAt: at },
  });
}

async function writeRuns(plan: NightPlan) {
  const db = await getDb();
  for (const job of await listJobStates()) {
    if (job.name === 'morning-briefing') continue;
    for (const at of slotsBetween(job.cron, tz, window.since, window.until)) {
      const spec = CATALOG.get(job.name);
      const outcome = plan.outcome({ name: job.name, needsModel: Boolean(spec?.model && !spec.modelOptional) });
      if (!outcome) continue;
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
      // A digest run that succeeded built the day's digest: the briefing's News line then shows its stories.
      if (job.name === 'news-digest' && outcome.status === 'succeeded') await writeDigest(at);
    }
  }
}

async function main() {
  await createOwner({ email: OWNER, password: 'correct horse battery staple' }).catch(() => undefined);
  const cookie = (await sessionCookie(OWNER)).split('=');
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    mkdirSync(OUT, { recursive: true });
    for (const night of NIGHT_PLANS) {
      await reset();
      await prepare(night);
      await writeRuns(night);
      // No worker alive at briefing time: its last beat is set well before the night ends, just before
      // the briefing reads it (the running worker beats once a minute and would say otherwise).
      if (night.noWorker)
        await (await getDb()).workerHeartbeat.updateMany({ data: { lastBeat: new Date(window.since.getTime()) } });
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
        // The System card has answered (not "Checking…") before the picture is taken.
        await page.getByText('Checking…').waitFor({ state: 'detached' });
        await page.screenshot({ path: `${OUT}/today-${night.slug}-${device}.png`, fullPage: true });
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
