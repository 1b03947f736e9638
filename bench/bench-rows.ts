/**
 * The rows the benchmarks seed, built in one place so bench:staging, bench:memory and bench:pages measure
 * the same data: staged items as Prisma createMany input, memory entries inserted straight through
 * better-sqlite3 in one transaction (the FTS triggers fire exactly as they do for the app's own inserts).
 */
import type Database from 'better-sqlite3';
import { contentHash, encodeTags } from '../lib/memory/normalize-text';
import { STAGED_KINDS } from '../lib/staging/schemas';
import type { makeCorpus } from './memory-corpus';

function stagedBody(i: number): string {
  const para =
    'The analysis found that the retry logic in the queue consumer swallows the original error, which makes the nightly failures hard to diagnose. ';
  return `## Finding ${i}\n\n${para.repeat(6)}\n\n- point one\n- point two with \`code\`\n\n\`\`\`ts\nexport function retry<T>(fn: () => Promise<T>) {\n  return fn();\n}\n\`\`\`\n\n${para.repeat(4)}`;
}

/** Item i of `total`, a minute apart and ending now; 70% pending, 20% rejected, 10% approved. */
export function stagedRow(i: number, total: number, now: number) {
  return {
    kind: STAGED_KINDS[i % STAGED_KINDS.length] as string,
    title: `Staged output ${i}: tighten error handling in module ${i % 97}`,
    summary: 'A proposal from the overnight analysis with a short summary of what changes and why.',
    body: stagedBody(i),
    status: i % 10 < 7 ? ('pending' as const) : i % 10 < 9 ? ('rejected' as const) : ('approved' as const),
    sourceJob: ['deep-code-analysis', 'content-research', 'test-generation'][i % 3] ?? null,
    createdBy: 'job:bench',
    createdAt: new Date(now - (total - i) * 60_000),
  };
}

/** Inserts the corpus as active entries, a minute apart from 2026-01-01; a third from a job run, the rest the owner's. */
export function insertMemoryEntries(raw: Database.Database, corpus: ReturnType<typeof makeCorpus>): void {
  const insert = raw.prepare(
    `INSERT INTO "MemoryEntry" (id, content, contentHash, category, tags, pinned, status, sourceKind, sourceId, createdBy, version, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, 1, ?, ?)`,
  );
  raw.transaction(() => {
    corpus.forEach((e, i) => {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      const source =
        i % 3 === 0
          ? ['job-run', `run-${i % 500}`, 'job:feedback-synthesis']
          : ['owner', 'owner@example.com', 'owner:owner@example.com'];
      insert.run(
        `bench${i.toString(36).padStart(8, '0')}`,
        e.content,
        contentHash(e.content),
        e.category,
        encodeTags(e.tags),
        i % 97 === 0 ? 1 : 0,
        ...source,
        at,
        at,
      );
    });
  })();
}
