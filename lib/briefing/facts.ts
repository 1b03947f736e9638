/**
 * The facts a briefing is composed from. Each source fills its own key; a key left undefined means
 * the source is not connected (yet), an empty array means it is connected and had nothing to say.
 */
export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'timed-out' | 'skipped';

/** One job run since the previous briefing (jobs domain). */
export type RunFact = {
  runId: string;
  jobName: string;
  status: RunStatus;
  startedAt: Date | null;
  finishedAt: Date | null;
  durationMs: number | null;
  model: string | null;
  tokensIn: number | null;
  tokensOut: number | null;
  error: string | null;
};

/** A job whose circuit breaker is not closed (jobs domain). */
export type CircuitFact = {
  jobName: string;
  state: 'open' | 'half-open';
  consecutiveFailures: number;
  openedAt: Date | null;
};

/** One drift finding between the documented architecture and reality (drift domain). */
export type DriftFact = {
  resource: string;
  fieldPath: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  declared: string | null;
  actual: string | null;
};

/** One headline of the news digest (intelligence domain). */
export type NewsFact = { headline: string; source: string | null; url: string | null };

export type StagingFact = {
  pendingByKind: Record<string, number>;
  pendingTotal: number;
  // Decisions since the previous briefing, per resulting status (approved, rejected, promoted, ...).
  decisionsSince: Record<string, number>;
};

export type WorkersFact = { total: number; alive: number; ids: string[] };

export type Facts = {
  runs?: RunFact[];
  circuits?: CircuitFact[];
  drift?: DriftFact[];
  news?: NewsFact[];
  // Said before the headlines when the digest is missing or stale.
  newsNote?: string;
  predictionsOverdue?: number;
  staging?: StagingFact;
  workers?: WorkersFact;
};

export type FactWindow = { since: Date | null; until: Date };

/** A source of facts. It returns only its own keys; a throw is reported in the briefing, not hidden. */
export type FactProvider = { name: string; gather: (window: FactWindow) => Promise<Partial<Facts>> };

export type GatheredFacts = FactWindow & { facts: Facts; failures: { source: string; message: string }[] };
