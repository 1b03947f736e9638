import { countDecisionsSince, countStagedItems } from '../staging/count-staged-items';
import { listOpenDrift } from '../drift/open-drift-facts';
import { listOpenCircuits } from '../jobs/list-open-circuits';
import { listRunsSince } from '../jobs/list-runs-since';
import { latestDigestFact, overduePredictionCount } from '../intelligence/briefing-facts';
import { listWorkers } from '../heartbeats/list-workers';
import type { FactProvider, RunStatus } from './facts';

export const stagingFacts: FactProvider = {
  name: 'staging',
  gather: async ({ since }) => {
    const [counts, decisionsSince] = await Promise.all([countStagedItems(), countDecisionsSince(since)]);
    const pendingTotal = Object.values(counts.pendingByKind).reduce((a, b) => a + b, 0);
    return { staging: { pendingByKind: counts.pendingByKind, pendingTotal, decisionsSince } };
  },
};

export const workersFacts: FactProvider = {
  name: 'workers',
  gather: async ({ until }) => {
    const workers = await listWorkers(until);
    return {
      workers: { total: workers.length, alive: workers.filter((w) => w.alive).length, ids: workers.map((w) => w.id) },
    };
  },
};

// The day's news digest (intelligence): its top headlines, or plainly that it is missing or stale.
export const newsFacts: FactProvider = {
  name: 'news digest',
  gather: async ({ until }) => {
    const [digest, predictionsOverdue] = await Promise.all([latestDigestFact(until), overduePredictionCount()]);
    if (digest.state === 'missing') return { news: [], newsNote: digest.message, predictionsOverdue };
    const news =
      digest.state === 'fresh'
        ? digest.entries
            .slice(0, 5)
            .map((e) => ({ headline: e.title, source: e.sources.join(', ') || null, url: e.url }))
        : digest.headlines.slice(0, 5).map((headline) => ({ headline, source: null, url: null }));
    return { news, newsNote: digest.state === 'stale' ? digest.message : undefined, predictionsOverdue };
  },
};

const DAY_MS = 24 * 3600 * 1000;

// Every run since the previous briefing (the last day for the first one), and the open breakers.
export const jobsFacts: FactProvider = {
  name: 'jobs',
  gather: async ({ since, until }) => {
    const [runs, circuits] = await Promise.all([
      listRunsSince(since ?? new Date(until.getTime() - DAY_MS)),
      listOpenCircuits(),
    ]);
    return {
      runs: runs.map((r) => ({ ...r, runId: r.id, status: r.status as RunStatus })),
      circuits: circuits.map((c) => ({
        jobName: c.jobName,
        state: c.state === 'half-open' ? 'half-open' : 'open',
        consecutiveFailures: c.failureStreak,
        openedAt: null,
      })),
    };
  },
};

const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

/** Drift values are stored as JSON text; the briefing shows them as a person would write them. */
function readable(json: string | null): string | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return json;
  }
}

// Open drift between the documented architecture and reality, rejected reports included.
export const driftFacts: FactProvider = {
  name: 'drift detection',
  gather: async () => ({
    drift: (await listOpenDrift()).map((d) => ({
      resource: d.resource,
      fieldPath: d.fieldPath,
      severity: SEVERITIES.find((s) => s === d.severity) ?? 'medium',
      declared: readable(d.declared),
      actual: readable(d.actual),
    })),
  }),
};

/** Every source the briefing reads; a source that fails is named in the briefing, not hidden. */
export const factSources: FactProvider[] = [jobsFacts, stagingFacts, workersFacts, driftFacts, newsFacts];
