import type { BriefingLine, BriefingSection } from './compose-briefing';
import type { Facts } from './facts';
import { formatDuration, formatMoment, formatTokens, plural } from './format';
import { links } from './links';
import { FREQUENT_AFTER, type LedgerEntry, type Outcome } from './night-ledger';

const WORDS: Record<Outcome, string> = {
  succeeded: 'succeeded',
  failed: 'failed',
  'timed-out': 'timed out',
  skipped: 'skipped',
  missed: 'missed',
  held: 'not run',
  running: 'still running',
};

/** A skipped run links to where its reason is fixed: the provider settings, the workers, or the job. */
function hrefOf(e: LedgerEntry): string {
  if (e.outcome === 'skipped' && /provider/i.test(e.reason ?? '')) return links.providerSettings;
  if ((e.outcome === 'skipped' || e.outcome === 'missed') && /worker/i.test(e.reason ?? '')) return links.workers;
  return links.job(e.jobName);
}

function entryLine(e: LedgerEntry, title: string, tz: string): BriefingLine {
  const when = e.at ? formatMoment(e.at, tz) : 'not started';
  const parts = [`${title}: ${WORDS[e.outcome]}`, e.scheduled ? `${when} slot` : `${when} (by hand)`];
  if (e.run && e.outcome !== 'skipped') {
    parts.push(
      formatDuration(e.run.durationMs),
      e.run.model ?? 'no model',
      formatTokens(e.run.tokensIn, e.run.tokensOut),
    );
  }
  return { text: parts.join(' · ') + (e.reason ? ` — ${e.reason}` : ''), href: hrefOf(e) };
}

function frequentLine(name: string, title: string, list: LedgerEntry[]): BriefingLine {
  const counts = new Map<Outcome, number>();
  for (const e of list) counts.set(e.outcome, (counts.get(e.outcome) ?? 0) + 1);
  const ok = counts.get('succeeded') ?? 0;
  const rest = [...counts.entries()].filter(([o]) => o !== 'succeeded').map(([o, n]) => `${n} ${WORDS[o]}`);
  const lastProblem = [...list].reverse().find((e) => e.outcome !== 'succeeded' && e.reason);
  const text =
    `${title}: ${ok} of ${plural(list.length, 'run')} succeeded` +
    (rest.length > 0 ? `, ${rest.join(', ')}` : '') +
    (lastProblem ? ` — last: ${lastProblem.reason}` : '');
  return { text, href: links.job(name) };
}

/**
 * The night's runs as sections: what went wrong first (failed, missed, skipped, held back), then
 * what ran. Jobs due many times a night (the hourly feeds) get one summary line each.
 */
export function runSections(entries: LedgerEntry[], facts: Facts, tz: string, sinceText: string): BriefingSection[] {
  const titles = new Map((facts.jobs ?? []).map((j) => [j.name, j.title]));
  const title = (name: string) => titles.get(name) ?? name;
  const perJob = new Map<string, LedgerEntry[]>();
  for (const e of entries) perJob.set(e.jobName, [...(perJob.get(e.jobName) ?? []), e]);
  const frequent = new Set(
    [...perJob].filter(([, l]) => l.filter((e) => e.scheduled).length > FREQUENT_AFTER).map(([n]) => n),
  );
  const single = entries.filter((e) => !frequent.has(e.jobName));
  const section = (name: string, tone: BriefingSection['tone'], outcomes: Outcome[]): BriefingSection[] => {
    const lines = single.filter((e) => outcomes.includes(e.outcome)).map((e) => entryLine(e, title(e.jobName), tz));
    return lines.length > 0 ? [{ title: name, tone, lines }] : [];
  };
  const out = [
    ...section('Failed', 'bad', ['failed', 'timed-out']),
    ...section('Missed', 'bad', ['missed']),
    ...section('Skipped', 'warn', ['skipped']),
    ...section('Held back by a breaker', 'warn', ['held']),
    ...section('Still running', 'neutral', ['running']),
  ];
  if (frequent.size > 0) {
    const lines = [...frequent].map((n) => frequentLine(n, title(n), perJob.get(n) ?? []));
    const allOk = [...frequent].every((n) => (perJob.get(n) ?? []).every((e) => e.outcome === 'succeeded'));
    out.push({ title: 'Frequent jobs', tone: allOk ? 'ok' : 'warn', lines });
  }
  out.push(...section('Ran', 'ok', ['succeeded']));
  if (entries.length === 0)
    out.push({
      title: 'Job runs',
      tone: 'neutral',
      lines: [{ text: `No job was due and none ran since ${sinceText}.`, href: links.jobs }],
    });
  return out;
}
