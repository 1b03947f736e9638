import type { GatheredFacts, RunFact } from './facts';
import { formatDuration, formatMoment, formatTokens, plural } from './format';
import { factSections } from './fact-sections';

export type Tone = 'ok' | 'warn' | 'bad' | 'neutral';
export type BriefingSection = { title: string; tone: Tone; lines: string[] };
export type ComposedBriefing = { headline: string; tone: Tone; sections: BriefingSection[]; markdown: string };

const FAILED = new Set(['failed', 'timed-out']);

function runLine(run: RunFact, timeZone: string): string {
  const when = run.startedAt ? formatMoment(run.startedAt, timeZone) : 'not started';
  const parts = [
    `${run.jobName}: ${run.status}`,
    when,
    formatDuration(run.durationMs),
    run.model ?? 'no model',
    formatTokens(run.tokensIn, run.tokensOut),
  ];
  return parts.join(' · ') + (run.error ? ` — ${run.error}` : '');
}

function headlineOf(g: GatheredFacts, sinceText: string): { headline: string; tone: Tone } {
  const runs = g.facts.runs ?? [];
  const failed = runs.filter((r) => FAILED.has(r.status));
  if (failed.length > 0) {
    const names = [...new Set(failed.map((r) => r.jobName))].join(', ');
    return {
      headline: `${failed.length} of ${plural(runs.length, 'job run')} failed since ${sinceText}: ${names}`,
      tone: 'bad',
    };
  }
  if (runs.length === 0) return { headline: `No job runs recorded since ${sinceText}`, tone: 'bad' };
  const open = (g.facts.circuits ?? []).filter((c) => c.state === 'open');
  if (open.length > 0)
    return {
      headline: `${plural(open.length, 'job circuit')} open: ${open.map((c) => c.jobName).join(', ')}`,
      tone: 'bad',
    };
  const pending = g.facts.staging?.pendingTotal ?? 0;
  const tail = pending > 0 ? `; ${plural(pending, 'item')} ${pending === 1 ? 'waits' : 'wait'} for review` : '';
  return {
    headline: `All ${plural(runs.length, 'job run')} succeeded${tail}`,
    tone: g.failures.length > 0 ? 'warn' : 'ok',
  };
}

/**
 * Pure: turns gathered facts into the briefing. Failures come first and are stated plainly; a
 * source that is not connected or could not be read is said to be so, never silently left out.
 */
export function composeBriefing(g: GatheredFacts, timeZone: string): ComposedBriefing {
  const sinceText = g.since ? formatMoment(g.since, timeZone) : 'the first briefing';
  const { headline, tone } = headlineOf(g, sinceText);
  const sections: BriefingSection[] = [];
  if (g.failures.length > 0) {
    sections.push({
      title: 'Sources that could not be read',
      tone: 'bad',
      lines: g.failures.map((f) => `${f.source}: ${f.message}`),
    });
  }
  const runs = g.facts.runs;
  if (runs === undefined) {
    sections.push({
      title: 'Job runs',
      tone: 'warn',
      lines: ['The jobs source is not connected, so no runs can be reported.'],
    });
  } else if (runs.length === 0) {
    sections.push({ title: 'Job runs', tone: 'bad', lines: [`No job runs recorded since ${sinceText}.`] });
  } else {
    const failed = runs.filter((r) => FAILED.has(r.status));
    if (failed.length > 0)
      sections.push({ title: 'Failed', tone: 'bad', lines: failed.map((r) => runLine(r, timeZone)) });
    const rest = runs.filter((r) => !FAILED.has(r.status));
    if (rest.length > 0) sections.push({ title: 'Ran', tone: 'ok', lines: rest.map((r) => runLine(r, timeZone)) });
  }
  sections.push(...factSections(g.facts, sinceText));
  const markdown = [
    `# ${headline}`,
    '',
    ...sections.flatMap((s) => [`## ${s.title}`, '', ...s.lines.map((l) => `- ${l}`), '']),
  ].join('\n');
  return { headline, tone, sections, markdown };
}
