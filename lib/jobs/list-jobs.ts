import { selectProvider } from '../ai/select-provider';
import { getDb } from '../db/client';
import { env } from '../env';
import { CATALOG } from './catalog';
import { nextSlot } from './catch-up';
import { ensureDefinitions } from './definitions';
import { describeSchedule } from './describe-schedule';

/** Every catalog job with its schedule, settings, circuit and last run, for the Jobs page. */
export async function listJobs() {
  const specs = [...CATALOG.values()];
  await ensureDefinitions(specs);
  const db = await getDb();
  const defs = new Map((await db.jobDefinition.findMany()).map((d) => [d.id, d]));
  const tz = env().BUDDY_TZ;
  const provider = selectProvider();
  const jobs = await Promise.all(
    specs.map(async (spec) => {
      const def = defs.get(spec.name);
      // The last runs, newest first: the page draws them as a row of coloured bars.
      const recent = await db.jobRun.findMany({
        where: { jobId: spec.name },
        orderBy: { createdAt: 'desc' },
        take: 20,
      });
      const [last] = recent;
      const scheduled = Boolean(def?.enabled) && def?.circuitState !== 'open';
      return {
        id: spec.name,
        title: spec.title,
        description: spec.description,
        cron: spec.cron,
        timezone: tz,
        schedule: describeSchedule(spec.cron),
        nextRunAt: scheduled ? nextSlot(spec.cron, tz).toISOString() : null,
        model: spec.model === null ? null : (def?.modelOverride ?? spec.model),
        defaultModel: spec.model,
        timeoutMs: def?.timeoutOverrideMs ?? spec.timeoutMs,
        catchUp: spec.catchUp,
        outputs: spec.outputs,
        enabled: def?.enabled ?? true,
        circuitState: def?.circuitState ?? 'closed',
        failureStreak: def?.consecutiveFailures ?? 0,
        failureThreshold: def?.failureThreshold ?? 3,
        lastError: def?.lastError ?? null,
        recent: recent.map((r) => ({
          id: r.id,
          status: r.status,
          at: r.startedAt ?? r.createdAt,
          error: r.error,
          summary: r.summary,
        })),
        lastRun: last
          ? {
              id: last.id,
              status: last.status,
              startedAt: last.startedAt,
              finishedAt: last.finishedAt,
              summary: last.summary,
              error: last.error,
            }
          : null,
      };
    }),
  );
  return { provider: provider?.name ?? null, timezone: tz, jobs };
}
