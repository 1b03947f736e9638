import { attentionPhrases } from './attention';
import type { GatheredFacts } from './facts';
import { factSections } from './fact-sections';
import { formatMoment, plural } from './format';
import { type LedgerEntry, nightLedger } from './night-ledger';
import { runSections } from './run-sections';

export type Tone = 'ok' | 'warn' | 'bad' | 'neutral';
/** One fact of the briefing and the page where the owner acts on it. */
export type BriefingLine = { text: string; href?: string };
export type BriefingSection = { title: string; tone: Tone; lines: BriefingLine[] };
export type ComposedBriefing = { headline: string; tone: Tone; sections: BriefingSection[]; markdown: string };

function tally(entries: LedgerEntry[]): string {
  const scheduled = entries.filter((e) => e.scheduled);
  const ok = scheduled.filter((e) => e.outcome === 'succeeded').length;
  const running = scheduled.filter((e) => e.outcome === 'running').length;
  return `${ok} of ${plural(scheduled.length, 'expected run')} succeeded${running > 0 ? `, ${running} still running` : ''}`;
}

function headlineOf(g: GatheredFacts, entries: LedgerEntry[], window: string): { headline: string; tone: Tone } {
  const needs = attentionPhrases(entries, g.facts, g.until);
  const scheduled = entries.filter((e) => e.scheduled);
  if (needs.length > 0) {
    const tail = scheduled.length > 0 ? ` · ${tally(entries)}` : '';
    return { headline: `Needs you: ${needs.join('; ')}${tail}`, tone: 'bad' };
  }
  if (g.facts.runs === undefined) return { headline: `Job runs ${window} could not be read`, tone: 'bad' };
  const pending = g.facts.staging?.pendingTotal ?? 0;
  const waiting = pending > 0 ? `; ${plural(pending, 'item')} ${pending === 1 ? 'waits' : 'wait'} for review` : '';
  if (scheduled.length === 0) return { headline: `No job was due ${window}${waiting}`, tone: 'warn' };
  const allOk = entries.every((e) => e.outcome === 'succeeded');
  if (!allOk) return { headline: `${tally(entries)}${waiting}`, tone: 'warn' };
  return {
    headline: `All ${plural(scheduled.length, 'expected run')} succeeded${waiting}`,
    tone: g.failures.length > 0 ? 'warn' : 'ok',
  };
}

/**
 * Pure: turns gathered facts into the briefing. What needs the owner leads the headline; "all
 * succeeded" is said only when every expected slot of the night has a succeeded run and nothing else
 * waits on the owner. A source that is not connected or could not be read is said to be so.
 */
export function composeBriefing(g: GatheredFacts, timeZone: string): ComposedBriefing {
  const sinceText = formatMoment(g.since, timeZone);
  const window = `between ${sinceText} and ${formatMoment(g.until, timeZone)}`;
  const noWorker = g.facts.workers !== undefined && g.facts.workers.alive === 0;
  const { entries } = nightLedger(g.facts.jobs ?? [], g.facts.runs ?? [], g, timeZone, noWorker);
  const { headline, tone } = headlineOf(g, entries, window);
  const sections: BriefingSection[] = [];
  if (g.failures.length > 0) {
    sections.push({
      title: 'Sources that could not be read',
      tone: 'bad',
      lines: g.failures.map((f) => ({ text: `${f.source}: ${f.message}` })),
    });
  }
  if (g.facts.runs === undefined) {
    sections.push({
      title: 'Job runs',
      tone: 'warn',
      lines: [{ text: 'The jobs source is not connected, so no runs can be reported.' }],
    });
  } else sections.push(...runSections(entries, g.facts, timeZone, sinceText));
  sections.push(...factSections(g.facts, sinceText, g.until));
  const md = (l: BriefingLine) => (l.href ? `[${l.text}](${l.href})` : l.text);
  const markdown = [
    `# ${headline}`,
    '',
    `_${window[0]?.toUpperCase()}${window.slice(1)}._`,
    '',
    ...sections.flatMap((s) => [`## ${s.title}`, '', ...s.lines.map((l) => `- ${md(l)}`), '']),
  ].join('\n');
  return { headline, tone, sections, markdown };
}
