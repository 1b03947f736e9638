import type { BriefingSection } from './compose-briefing';
import type { Facts } from './facts';
import { plural } from './format';

const NOT_CONNECTED = (what: string) => `The ${what} source is not connected yet.`;

/** The sections after the runs: circuits, staging, drift, news, workers — each says when empty. */
export function factSections(facts: Facts, sinceText: string): BriefingSection[] {
  const out: BriefingSection[] = [];
  const { circuits, staging, drift, news, newsNote, predictionsOverdue, workers } = facts;
  if (circuits === undefined)
    out.push({ title: 'Circuits', tone: 'neutral', lines: [NOT_CONNECTED('circuit breaker')] });
  else if (circuits.length > 0) {
    out.push({
      title: 'Circuits not closed',
      tone: 'bad',
      lines: circuits.map(
        (c) => `${c.jobName}: ${c.state} after ${plural(c.consecutiveFailures, 'consecutive failure')}`,
      ),
    });
  }
  if (staging === undefined)
    out.push({ title: 'Waiting for review', tone: 'neutral', lines: [NOT_CONNECTED('staging')] });
  else {
    const kinds = Object.entries(staging.pendingByKind).sort((a, b) => b[1] - a[1]);
    const decided = Object.entries(staging.decisionsSince).map(([status, n]) => `${n} ${status}`);
    out.push({
      title: 'Waiting for review',
      tone: staging.pendingTotal > 0 ? 'warn' : 'ok',
      lines: [
        staging.pendingTotal === 0
          ? 'Nothing waits for review.'
          : `${plural(staging.pendingTotal, 'item')} pending: ${kinds.map(([k, n]) => `${n} ${k}`).join(', ')}.`,
        decided.length === 0
          ? `No decisions since ${sinceText}.`
          : `Decided since ${sinceText}: ${decided.join(', ')}.`,
      ],
    });
  }
  if (drift === undefined) out.push({ title: 'Drift', tone: 'neutral', lines: [NOT_CONNECTED('drift detection')] });
  else if (drift.length === 0) out.push({ title: 'Drift', tone: 'ok', lines: ['No drift found.'] });
  else {
    out.push({
      title: 'Drift',
      tone: drift.some((d) => d.severity === 'high' || d.severity === 'critical') ? 'bad' : 'warn',
      lines: drift.map(
        (d) =>
          `${d.severity}: ${d.resource} ${d.fieldPath} is ${d.actual ?? 'absent'}, documented as ${d.declared ?? 'absent'}`,
      ),
    });
  }
  if (news === undefined) out.push({ title: 'News', tone: 'neutral', lines: [NOT_CONNECTED('news digest')] });
  else {
    const headlines = news.map((n) => (n.source ? `${n.headline} (${n.source})` : n.headline));
    const lines = [
      ...(newsNote ? [newsNote] : []),
      ...(headlines.length === 0 && !newsNote ? ['No headlines in the digest.'] : headlines),
    ];
    if (predictionsOverdue)
      lines.push(`${plural(predictionsOverdue, 'prediction')} past the deadline, waiting to be resolved.`);
    out.push({ title: 'News', tone: newsNote ? 'warn' : 'neutral', lines });
  }
  if (workers !== undefined) {
    out.push({
      title: 'Workers',
      tone: workers.alive > 0 ? 'ok' : 'bad',
      lines: [
        workers.total === 0
          ? 'No worker has ever checked in: nothing can run the jobs.'
          : `${workers.alive} of ${plural(workers.total, 'worker')} alive.`,
      ],
    });
  }
  return out;
}
