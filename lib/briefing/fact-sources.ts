import { countDecisionsSince, countStagedItems } from '../staging/count-staged-items';
import { listWorkers } from '../workers/list-workers';
import type { FactProvider } from './facts';

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
    return { workers: { total: workers.length, alive: workers.filter((w) => w.alive).length, ids: workers.map((w) => w.id) } };
  },
};

/**
 * Every source the briefing reads. At merge time the jobs (runs, circuits), drift and news-digest
 * providers are appended here; until then the briefing says those sources are not connected.
 */
export const factSources: FactProvider[] = [stagingFacts, workersFacts];
