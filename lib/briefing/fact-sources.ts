import { countDecisionsSince, countStagedItems } from '../staging/count-staged-items';
import { listOpenDrift } from '../drift/open-drift-facts';
import { listOpenCircuits } from '../jobs/list-open-circuits';
import { listNightRuns, listJobStates } from '../jobs/night-runs';
import { listGatewayJobs } from '../jobs/gateway/list-gateway-jobs';
import { failedSignIns } from '../audit/failed-sign-ins';
import { listExpiringGrants } from '../governance/grants/list-expiring-grants';
import { latestDigestFact, overduePredictionCount } from '../intelligence/briefing-facts';
import { listWorkers } from '../heartbeats/list-workers';
import type { JsonValue } from '../db/json';
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

const CIRCUIT_STATES = ['closed', 'open', 'half-open'] as const;
const asCircuit = (s: string) => CIRCUIT_STATES.find((c) => c === s) ?? 'closed';

/** The briefing job itself is not one of the night's jobs: its own slot is the window's end. */
export const BRIEFING_JOB = 'morning-briefing';

// The night's runs, every catalog job's schedule (for the slots that were expected) and open breakers.
export const jobsFacts: FactProvider = {
  name: 'jobs',
  gather: async ({ since, until }) => {
    const [runs, jobs, circuits] = await Promise.all([
      listNightRuns(since, until),
      listJobStates(),
      listOpenCircuits(),
    ]);
    return {
      runs: runs.filter((r) => r.jobName !== BRIEFING_JOB).map((r) => ({ ...r, status: r.status as RunStatus })),
      jobs: jobs.filter((j) => j.name !== BRIEFING_JOB).map((j) => ({ ...j, circuitState: asCircuit(j.circuitState) })),
      circuits: circuits.map((c) => ({
        jobName: c.jobName,
        state: c.state === 'half-open' ? 'half-open' : 'open',
        consecutiveFailures: c.failureStreak,
        openedAt: null,
        owner: 'buddy',
        lastError: c.lastError,
      })),
    };
  },
};

// The gateway's cron jobs whose breakers are open, as the gateway last reported them.
export const gatewayFacts: FactProvider = {
  name: 'gateway jobs',
  gather: async () => {
    const { jobs } = await listGatewayJobs();
    const open = jobs.filter((j) => j.state === 'open' || j.state === 'half-open');
    return {
      circuits: open.map((j) => ({
        jobName: j.jobId,
        state: j.state === 'half-open' ? 'half-open' : 'open',
        consecutiveFailures: j.consecutiveFailures,
        openedAt: j.changedAt,
        owner: 'gateway',
        lastError: j.lastError,
      })),
    };
  },
};

// Refused sign-ins of the night and grants about to expire.
export const accessFacts: FactProvider = {
  name: 'access',
  gather: async ({ since, until }) => {
    const [signIns, grantsExpiring] = await Promise.all([failedSignIns(since, until), listExpiringGrants(until)]);
    return { signIns, grantsExpiring };
  },
};

const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

/** Drift values are any JSON; the briefing shows them as a person would write them. */
function readable(value: JsonValue): string | null {
  return value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);
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
export const factSources: FactProvider[] = [
  jobsFacts,
  gatewayFacts,
  accessFacts,
  stagingFacts,
  workersFacts,
  driftFacts,
  newsFacts,
];
