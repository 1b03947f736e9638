import { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { IMPORT_TX } from './import-limits';
import { type ImportReport, openClawFilesSchema, upsertImported, validateImported } from './import-openclaw-files';
import { contentHash, encodeTags } from './normalize-text';
import { type OpenClawEntry, parseOpenClawFile } from './openclaw-format';
import { proposeMemory } from './propose-memory';
import type { MemoryTx } from './record-version';
import { categorySchema, tagSchema } from './schemas';
import { announceMemoryChange } from './announce-memory-change';

export type WorkspaceImportReport = ImportReport & { proposed: number };

/** Who a workspace-born entry's provenance names, so a later import can tell it from the owner's. */
const WORKSPACE_SOURCE = 'workspace:';
// The agents write the workspace: their changes to the owner's entries are proposals from them.
export const WORKSPACE_PROPOSER = 'agent:openclaw-workspace';

type Known = {
  id: string;
  version: number;
  content: string;
  category: string;
  tags: string;
  sourceKind: string;
  sourceId: string | null;
};

/**
 * Entries the workspace may change in place: born in the workspace and never edited by the owner.
 * Everything else (the owner's own, approved proposals, owner uploads, older imports whose origin
 * is unknown) is owner-written: the workspace only proposes changes to it.
 */
async function ownerWritten(tx: MemoryTx, entry: Known): Promise<boolean> {
  if (entry.sourceKind !== 'import' || !entry.sourceId?.startsWith(WORKSPACE_SOURCE)) return true;
  const ownerEdits = await tx.memoryVersion.count({
    where: { entryId: entry.id, changeKind: { not: 'import' }, changedBy: { startsWith: 'owner:' } },
  });
  return ownerEdits > 0;
}

function normalised(e: OpenClawEntry) {
  return {
    content: e.content,
    category: categorySchema.catch('general').parse(e.category),
    tags: e.tags.filter((t) => tagSchema.safeParse(t).success),
  };
}

/** The part of a pending proposal's metadata that tells whether it already proposes this change. */
const pendingChangeSchema = z.object({ entryId: z.string(), content: z.string(), baseVersion: z.number() });

/** One proposal per distinct change: re-importing the same edit does not queue it twice. */
async function proposeChange(known: Known, e: OpenClawEntry): Promise<boolean> {
  const change = normalised(e);
  const db = await getDb();
  // A JSON path filter is spelt differently on SQLite and PostgreSQL; the pending proposals are few.
  const pending = await db.stagedItem.findMany({
    where: { kind: 'memory-proposal', status: 'pending' },
    select: { metadata: true },
  });
  const same = pending.some((p) => {
    const m = pendingChangeSchema.safeParse(p.metadata);
    return (
      m.success &&
      m.data.entryId === known.id &&
      m.data.content === change.content &&
      m.data.baseVersion === known.version
    );
  });
  if (same) return false;
  await proposeMemory(change, WORKSPACE_PROPOSER, {
    entryId: known.id,
    baseVersion: known.version,
    current: known.content,
  });
  return true;
}

/**
 * Imports the agent workspace's MEMORY.md and daily notes in one transaction. New entries and
 * workspace-born ones are written as any import; an edit of an owner-written entry is never
 * applied: it becomes a memory proposal in staging, applied only when the owner approves it.
 */
export async function importWorkspaceMemory(
  input: z.input<typeof openClawFilesSchema>,
  actor: string,
): Promise<WorkspaceImportReport> {
  const { files } = openClawFilesSchema.parse(input);
  const entries = files.flatMap((f) => parseOpenClawFile(f).map((e) => ({ ...e, file: f.path })));
  validateImported(entries);
  const report: WorkspaceImportReport = { created: 0, updated: 0, skipped: 0, proposed: 0 };
  const changes: { known: Known; entry: OpenClawEntry }[] = [];
  const db = await getDb();
  await db.$transaction(async (tx) => {
    for (const e of entries) {
      const known = e.id ? await tx.memoryEntry.findUnique({ where: { id: e.id } }) : null;
      if (known && !known.deletedAt && !known.mergedIntoId && (await ownerWritten(tx, known))) {
        const next = normalised(e);
        const differs =
          known.contentHash !== contentHash(next.content) ||
          known.category !== next.category ||
          known.tags !== encodeTags(next.tags);
        if (differs) changes.push({ known, entry: e });
        else report.skipped++;
        continue;
      }
      report[await upsertImported(tx, e, { file: `${WORKSPACE_SOURCE}${e.file}`, actor })]++;
    }
  }, IMPORT_TX);
  for (const { known, entry } of changes) {
    if (await proposeChange(known, entry)) report.proposed++;
    else report.skipped++;
  }
  await recordAudit({
    actor,
    action: 'memory.import',
    details: { format: 'openclaw-workspace', files: files.map((f) => f.path), ...report },
  });
  await announceMemoryChange('imported');
  return report;
}
