// PLACEHOLDER(merge): real one comes from the staging branch (lib/briefing).
import { listOpenCircuits } from '../jobs/list-open-circuits';
import { listRunsSince } from '../jobs/list-runs-since';
import { createStagedItem } from '../staging/create-staged-item';

/** Minimal honest briefing: counts of the night's runs and open circuits, staged as a 'briefing' item. */
export async function buildBriefing(input: { trigger: 'schedule' | 'manual'; runId?: string }): Promise<{ briefingId: string; headline: string }> {
  const since = new Date(Date.now() - 24 * 3600 * 1000);
  const runs = await listRunsSince(since);
  const circuits = await listOpenCircuits();
  const failed = runs.filter((r) => r.status === 'failed' || r.status === 'timed-out');
  const headline = `${runs.length} run(s) in the last 24 h, ${failed.length} failed, ${circuits.length} circuit(s) open`;
  const body = runs.map((r) => `- ${r.jobName}: ${r.status}${r.error ? ` (${r.error})` : ''}`).join('\n') || 'No runs.';
  const item = await createStagedItem({ kind: 'briefing', title: headline, body, sourceJob: 'morning-briefing', sourceRunId: input.runId }, 'job:morning-briefing');
  return { briefingId: item.id, headline };
}
