import type { Facts } from './facts';
import { plural } from './format';
import type { LedgerEntry } from './night-ledger';

const GRANT_WARN_MS = 7 * 24 * 3600 * 1000;

const names = (list: string[]) => {
  const unique = [...new Set(list)];
  return unique.length <= 3 ? unique.join(', ') : `${unique.slice(0, 3).join(', ')} and ${unique.length - 3} more`;
};

/**
 * What needs the owner this morning, most urgent first, as short phrases for the headline. Empty
 * means nothing does; only then may the headline say everything went well.
 */
export function attentionPhrases(entries: LedgerEntry[], facts: Facts, until: Date): string[] {
  const out: string[] = [];
  const pick = (...outcomes: LedgerEntry['outcome'][]) => entries.filter((e) => outcomes.includes(e.outcome));
  const failed = pick('failed', 'timed-out');
  if (failed.length > 0) out.push(`${failed.length} failed (${names(failed.map((e) => e.jobName))})`);
  const missed = pick('missed');
  if (missed.length > 0) out.push(`${missed.length} missed (${names(missed.map((e) => e.jobName))})`);
  const skipped = pick('skipped');
  if (skipped.length > 0) {
    const reasons = names(skipped.map((e) => e.reason ?? 'no reason recorded'));
    out.push(`${skipped.length} skipped: ${reasons}`);
  }
  const open = facts.circuits ?? [];
  if (open.length > 0)
    out.push(
      `${plural(open.length, 'breaker')} not closed (${names(open.map((c) => (c.owner === 'gateway' ? `gateway ${c.jobName}` : c.jobName)))})`,
    );
  if ((facts.signIns?.failed ?? 0) > 0) out.push(plural(facts.signIns?.failed ?? 0, 'failed sign-in'));
  const expiring = (facts.grantsExpiring ?? []).filter((g) => g.expiresAt.getTime() - until.getTime() < GRANT_WARN_MS);
  if (expiring.length > 0) out.push(`${plural(expiring.length, 'grant')} expiring within 7 days`);
  const drift = facts.drift ?? [];
  if (drift.length > 0) out.push(`${plural(drift.length, 'drift finding')}`);
  if (facts.workers && facts.workers.alive === 0) out.push('no worker alive');
  return out;
}
