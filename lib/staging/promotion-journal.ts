import { getDb } from '../db/client';
import { sha256 } from './file-hash';
import { readFileNoFollow, removeFileNoFollow, removeTempFiles, writeFileNoFollow } from './no-follow-fs';
import type { PlannedWrite } from './promote-files';
import { openPromotionTarget } from './promotion-target';

export type JournalEntry = { targetPath: string; previous: Uint8Array | null; newHash: string; position: number };

/** Records, before the first write, every file about to be written and what it held. */
export async function writeJournal(itemId: string, writes: PlannedWrite[]): Promise<void> {
  const db = await getDb();
  await db.promotionJournalEntry.createMany({
    data: writes.map((w, position) => ({
      itemId,
      targetPath: w.targetPath,
      previous: w.previous ? new Uint8Array(w.previous) : null,
      newHash: sha256(w.content),
      position,
    })),
  });
}

export async function readJournal(itemId: string): Promise<JournalEntry[]> {
  const db = await getDb();
  return db.promotionJournalEntry.findMany({
    where: { itemId },
    orderBy: { position: 'asc' },
    select: { targetPath: true, previous: true, newHash: true, position: true },
  });
}

/** What a journaled target holds now: the new content, the previous one, or something else. */
export function journalState(workspaceDir: string, entry: JournalEntry): 'written' | 'previous' | 'other' {
  const target = openPromotionTarget(workspaceDir, entry.targetPath, false);
  if (!target.ok) return 'other';
  const current = target.dir ? readFileNoFollow(target.dir, target.name) : null;
  target.dir?.close();
  if (current && sha256(current) === entry.newHash) return 'written';
  const previous = entry.previous ? Buffer.from(entry.previous) : null;
  if (current === null || previous === null) return current === previous ? 'previous' : 'other';
  return current.equals(previous) ? 'previous' : 'other';
}

/**
 * Puts back what each journaled target held before, for the targets that hold the new content
 * (created ones are removed), and removes temp files a crashed write left. A target that holds
 * neither (someone changed it since) is left alone and reported.
 */
export function rollBackJournal(workspaceDir: string, entries: JournalEntry[]): { restored: string[]; left: string[] } {
  const restored: string[] = [];
  const left: string[] = [];
  for (const entry of entries) {
    const state = journalState(workspaceDir, entry);
    const target = openPromotionTarget(workspaceDir, entry.targetPath, false);
    if (!target.ok || !target.dir) {
      if (state === 'other') left.push(entry.targetPath);
      continue;
    }
    try {
      removeTempFiles(target.dir, target.name);
      if (state === 'written') {
        if (entry.previous) writeFileNoFollow(target.dir, target.name, Buffer.from(entry.previous));
        else removeFileNoFollow(target.dir, target.name);
        restored.push(entry.targetPath);
      } else if (state === 'other') left.push(entry.targetPath);
    } finally {
      target.dir.close();
    }
  }
  return { restored, left };
}
