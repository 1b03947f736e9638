import { createMemoryEntry } from '../../lib/memory/create-memory-entry';

const SUBJECTS = ['the feed fetcher', 'the briefing job', 'the staging queue', 'the gateway', 'the sandbox', 'backups'];
const FACTS = [
  (s: string) => `Retries in ${s} are capped at the job timeout; never retry a 4xx.`,
  (s: string) => `The owner prefers short summaries about ${s}, with the failure first.`,
  (s: string) => `Logs for ${s} are kept 14 days; older logs are archived, never deleted.`,
  (s: string) => `Changes to ${s} need a test that fails without the change.`,
  (s: string) => `Do not propose new dependencies for ${s} without naming the alternative considered.`,
];
const CATEGORIES = ['preference', 'fact', 'lesson', 'decision', 'general'];

/** 500 entries as the owner and the jobs would have written them, some of them near-duplicates. */
export async function seedMemory(count = 500): Promise<number> {
  for (let i = 0; i < count; i++) {
    const subject = SUBJECTS[i % SUBJECTS.length] ?? 'Buddy';
    const base = FACTS[i % FACTS.length]?.(subject) ?? '';
    // Every 25th entry restates an earlier one with a word changed: the duplicates panel finds these.
    const content =
      i % 25 === 24 ? base.replace('never', 'not ever').replace('short', 'brief') : `${base} (note ${i + 1})`;
    await createMemoryEntry(
      { content, category: CATEGORIES[i % CATEGORIES.length], tags: [subject.split(' ').pop() ?? 'buddy'] },
      i % 3 === 0 ? { kind: 'job-run', createdBy: 'job:feedback-synthesis' } : { kind: 'owner', createdBy: 'owner' },
    );
  }
  return count;
}
