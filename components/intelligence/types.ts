/** Wire shapes of /api/intelligence (dates arrive as ISO strings). */
export type Model = {
  id: string;
  source: string;
  modelId: string;
  provider: string;
  name: string;
  family: string | null;
  inputPerMTok: string | null;
  outputPerMTok: string | null;
  contextWindow: number | null;
  maxOutputTokens: number | null;
  capabilities: string[];
  deprecatedAt: string | null;
};
export type Snapshot = {
  id: string;
  source: string;
  fetchedAt: string;
  status: string;
  error: string | null;
  modelCount: number;
  asOf: string | null;
};
export type ModelsData = { models: Model[]; snapshots: Snapshot[] };
export type Change = {
  id: string;
  source: string;
  modelId: string;
  provider: string;
  kind: string;
  before: unknown;
  after: unknown;
  at: string;
};

export type PredictionUpdate = { probability: number; reason: string; at: string; source: string | null };
export type Prediction = {
  id: string;
  statement: string;
  probability: number;
  deadline: string;
  tags: string[];
  source: string | null;
  status: string;
  outcome: string | null;
  state: string;
  updates: PredictionUpdate[];
  resolutions: { outcome: string; note: string | null; at: string }[];
};
export type Bin = {
  from: number;
  to: number;
  count: number;
  yes: number;
  meanForecast: number | null;
  observed: number | null;
  interval: { low: number; high: number } | null;
};
export type PredictionsData = {
  predictions: Prediction[];
  scores: { count: number; brier: number | null; logScore: number | null; brierSkill: number | null };
  calibration: Bin[];
  tags: string[];
  overdue: number;
};

export type Feed = {
  id: string;
  url: string;
  title: string | null;
  intervalSeconds: number;
  nextFetchAt: string;
  lastFetchedAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
  disabledAt: string | null;
  disabledReason: string | null;
  itemCount: number;
};
export type Story = {
  id: string;
  title: string;
  triage: string;
  firstSeenAt: string;
  summary: string;
  sources: { feedId: string; feed: string; url: string | null; author: string | null; publishedAt: string }[];
};
export type StoriesData = { stories: Story[]; perSource: { feedId: string; source: string; items: number }[] };
export type DigestEntry = { storyId: string; title: string; url: string | null; sources: string[]; score: number };
export type DigestsData = {
  latest: { state: 'missing' | 'stale' | 'fresh'; message?: string; day?: string; headlines?: string[] };
  digests: { id: string; day: string; createdAt: string; entries: DigestEntry[] }[];
};
export type Rule = { id: string; action: string; field: string; pattern: string };
