import type { BriefingLine, BriefingSection } from './compose-briefing';
import type { Facts } from './facts';
import { plural } from './format';
import { kindLabel } from '../staging/kind-labels';
import { links } from './links';

const NOT_CONNECTED = (what: string): BriefingLine[] => [{ text: `The ${what} source is not connected yet.` }];

function circuitSection(circuits: Facts['circuits']): BriefingSection[] {
  if (circuits === undefined) return [{ title: 'Breakers', tone: 'neutral', lines: NOT_CONNECTED('circuit breaker') }];
  if (circuits.length === 0) return [];
  return [
    {
      title: 'Breakers not closed',
      tone: 'bad',
      lines: circuits.map((c) => {
        const who = c.owner === 'gateway' ? `Gateway job ${c.jobName}` : c.jobName;
        const state = c.state === 'open' ? 'stopped' : 'on trial (one test run allowed)';
        return {
          text: `${who}: ${state} after ${plural(c.consecutiveFailures, 'failure')} in a row${c.lastError ? ` — ${c.lastError}` : ''}`,
          href: c.owner === 'gateway' ? links.gatewayJob(c.jobName) : links.job(c.jobName),
        };
      }),
    },
  ];
}

function accessSection(facts: Facts, until: Date): BriefingSection[] {
  const lines: BriefingLine[] = [];
  const failed = facts.signIns?.failed ?? 0;
  if (failed > 0) lines.push({ text: `${plural(failed, 'failed sign-in')} during the night.`, href: links.signIns });
  for (const g of facts.grantsExpiring ?? []) {
    const days = Math.max(0, Math.ceil((g.expiresAt.getTime() - until.getTime()) / 86_400_000));
    lines.push({ text: `Grant for ${g.subject} expires in ${plural(days, 'day')}.`, href: links.grants });
  }
  return lines.length > 0 ? [{ title: 'Access', tone: 'warn', lines }] : [];
}

function stagingSection(staging: Facts['staging'], sinceText: string): BriefingSection {
  if (staging === undefined) return { title: 'Waiting for review', tone: 'neutral', lines: NOT_CONNECTED('staging') };
  const kinds = Object.entries(staging.pendingByKind).sort((a, b) => b[1] - a[1]);
  const decided = Object.entries(staging.decisionsSince).map(([status, n]) => `${n} ${status}`);
  return {
    title: 'Waiting for review',
    tone: staging.pendingTotal > 0 ? 'warn' : 'ok',
    lines: [
      ...(staging.pendingTotal === 0
        ? [{ text: 'Nothing waits for review.', href: links.staging() }]
        : kinds.map(([k, n]) => ({ text: `${kindLabel(k, n)}: ${n} pending`, href: links.staging(k) }))),
      {
        text:
          decided.length === 0
            ? `No decisions since ${sinceText}.`
            : `Decided since ${sinceText}: ${decided.join(', ')}.`,
      },
    ],
  };
}

function driftSection(drift: Facts['drift']): BriefingSection {
  if (drift === undefined) return { title: 'Drift', tone: 'neutral', lines: NOT_CONNECTED('drift detection') };
  if (drift.length === 0)
    return { title: 'Drift', tone: 'ok', lines: [{ text: 'No drift found.', href: links.drift }] };
  return {
    title: 'Drift',
    tone: drift.some((d) => d.severity === 'high' || d.severity === 'critical') ? 'bad' : 'warn',
    lines: drift.map((d) => ({
      text: `${d.severity}: ${d.resource} ${d.fieldPath} is ${d.actual ?? 'absent'}, documented as ${d.declared ?? 'absent'}`,
      href: links.drift,
    })),
  };
}

function newsSection(facts: Facts): BriefingSection {
  const { news, newsNote, predictionsOverdue } = facts;
  if (news === undefined) return { title: 'News', tone: 'neutral', lines: NOT_CONNECTED('news digest') };
  const lines: BriefingLine[] = [
    ...(newsNote ? [{ text: newsNote, href: links.news }] : []),
    ...news.map((n) => ({ text: n.source ? `${n.headline} (${n.source})` : n.headline, href: n.url ?? links.news })),
  ];
  if (lines.length === 0) lines.push({ text: 'No headlines in the digest.', href: links.news });
  if (predictionsOverdue)
    lines.push({
      text: `${plural(predictionsOverdue, 'prediction')} past the deadline, waiting to be resolved.`,
      href: links.predictions,
    });
  return { title: 'News', tone: newsNote ? 'warn' : 'neutral', lines };
}

/** The sections after the runs: breakers, access, staging, drift, news, workers — each says when empty. */
export function factSections(facts: Facts, sinceText: string, until: Date): BriefingSection[] {
  const out = [
    ...circuitSection(facts.circuits),
    ...accessSection(facts, until),
    stagingSection(facts.staging, sinceText),
    driftSection(facts.drift),
    newsSection(facts),
  ];
  const { workers } = facts;
  if (workers !== undefined) {
    out.push({
      title: 'Workers',
      tone: workers.alive > 0 ? 'ok' : 'bad',
      lines: [
        {
          text:
            workers.total === 0
              ? 'No worker has ever checked in: nothing can run the jobs.'
              : `${workers.alive} of ${plural(workers.total, 'worker')} alive when this was written.`,
          href: links.workers,
        },
      ],
    });
  }
  return out;
}
