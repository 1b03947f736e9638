/**
 * The facts a briefing is composed from. Each source fills its own key; a key left undefined means
 * the source is not connected (yet), an empty array means it is connected and had nothing to say.
 */
export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'timed-out' | 'skipped';

/** One job run of the night (jobs domain). `slot` is the scheduled time in ms, or "manual:<id>". */
export type RunFact = {
  runId: string;
  jobName: string;
  status: RunStatus;
  slot: string;
  startedAt: Date | null;
  finishedAt: Date | null;
  durationMs: number | null;
  model: string | null;
  tokensIn: number | null;
  tokensOut: number | null;
  error: string | null;
  // Why a run was skipped, or what it produced.
  summary: string | null;
};

/** A catalog job as the night saw it: its schedule and whether it was meant to run. */
export type JobFact = {
  name: string;
  title: string;
  cron: string;
  enabled: boolean;
  circuitState: 'closed' | 'open' | 'half-open';
  // Slots before Buddy knew the job are not expected of it.
  knownSince: Date;
  circuitChangedAt: Date | null;
};

/** A job whose circuit breaker is not closed: Buddy's own jobs and the gateway's cron jobs. */
export type CircuitFact = {
  jobName: string;
  state: 'open' | 'half-open';
  consecutiveFailures: number;
  openedAt: Date | null;
  owner?: 'buddy' | 'gateway';
  lastError?: string | null;
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

/** Sign-in attempts that failed during the night (auth domain). */
export type SignInFact = { failed: number; lastAt: Date | null };

/** A permission grant that expires within a week (governance domain). */
export type GrantFact = { id: string; subject: string; expiresAt: Date };

export type Facts = {
  runs?: RunFact[];
  jobs?: JobFact[];
  circuits?: CircuitFact[];
  drift?: DriftFact[];
  news?: NewsFact[];
  // Said before the headlines when the digest is missing or stale.
  newsNote?: string;
  predictionsOverdue?: number;
  staging?: StagingFact;
  workers?: WorkersFact;
  signIns?: SignInFact;
  grantsExpiring?: GrantFact[];
};

/** The night: from the previous scheduled briefing slot to this one (never shrunk by a rebuild). */
export type FactWindow = { since: Date; until: Date };

/** A source of facts. It returns only its own keys; a throw is reported in the briefing, not hidden. */
export type FactProvider = { name: string; gather: (window: FactWindow) => Promise<Partial<Facts>> };

export type GatheredFacts = FactWindow & { facts: Facts; failures: { source: string; message: string }[] };
