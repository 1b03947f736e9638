import { z } from 'zod';
import { ValidationError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { insertMemoryEntry } from './create-memory-entry';
import { IMPORT_TX, MAX_IMPORT_ENTRIES, MAX_IMPORT_FILES } from './import-limits';
import { contentHash, encodeTags } from './normalize-text';
import { dailyNoteDay, MEMORY_FILE, type OpenClawEntry, parseOpenClawFile } from './openclaw-format';
import { type MemoryTx, recordVersion } from './record-version';
import { categorySchema, createMemorySchema, tagSchema } from './schemas';
import { announceMemoryChange } from './announce-memory-change';

export const openClawFilesSchema = z.object({
  files: z
    .array(
      z.object({
        path: z
          .string()
          .refine((p) => p === MEMORY_FILE || dailyNoteDay(p) !== null, 'must be MEMORY.md or memory/YYYY-MM-DD.md'),
        content: z.string().max(5 * 1024 * 1024, 'must be at most 5 MB'),
      }),
    )
    .min(1, 'choose at least one file')
    .max(MAX_IMPORT_FILES),
});

export type ImportReport = { created: number; updated: number; skipped: number };

/** Checks every parsed entry before anything is written, so a bad file imports nothing. */
export function validateImported(entries: (OpenClawEntry & { file: string })[]) {
  if (entries.length > MAX_IMPORT_ENTRIES)
    throw new ValidationError(`The import holds ${entries.length} entries; the limit is ${MAX_IMPORT_ENTRIES}.`);
  const errors: Record<string, string[]> = {};
  entries.forEach((e, i) => {
    const checked = createMemorySchema.safeParse({ content: e.content, category: e.category, tags: e.tags });
    if (!checked.success)
      errors[`${e.file} entry ${i + 1}`] = checked.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`);
  });
  if (Object.keys(errors).length)
    throw new ValidationError('Some imported entries are invalid; nothing was imported.', errors);
}

/** Adds or updates one imported entry: known ids are updated, exact copies of live entries are skipped. */
export async function upsertImported(
  tx: MemoryTx,
  e: OpenClawEntry,
  source: { file: string; actor: string },
): Promise<keyof ImportReport> {
  const hash = contentHash(e.content);
  const category = categorySchema.catch('general').parse(e.category);
  const tags = e.tags.filter((t) => tagSchema.safeParse(t).success);
  const known = e.id ? await tx.memoryEntry.findUnique({ where: { id: e.id } }) : null;
  if (known) {
    if (known.deletedAt || known.mergedIntoId) return 'skipped';
    const same =
      known.contentHash === hash &&
      known.category === category &&
      known.tags === encodeTags(tags) &&
      known.pinned === e.pinned;
    if (same) return 'skipped';
    const entry = await tx.memoryEntry.update({
      where: { id: known.id },
      data: {
        content: e.content,
        contentHash: hash,
        category,
        tags: encodeTags(tags),
        pinned: e.pinned,
        version: { increment: 1 },
      },
    });
    await recordVersion(tx, entry, {
      kind: 'import',
      changed: ['content'],
      by: source.actor,
      note: `from ${source.file}`,
    });
    return 'updated';
  }
  const copy = await tx.memoryEntry.findFirst({ where: { contentHash: hash, deletedAt: null }, select: { id: true } });
  if (copy) return 'skipped';
  const at = e.day ? new Date(`${e.day}T12:00:00Z`) : undefined;
  await insertMemoryEntry(
    tx,
    { content: e.content, category, tags, pinned: e.pinned },
    { kind: 'import', id: source.file, createdBy: source.actor },
    at,
  );
  return 'created';
}

/** Imports MEMORY.md and daily notes in one transaction: all of it or, on any error, none of it. */
export async function importOpenClawFiles(
  input: z.input<typeof openClawFilesSchema>,
  actor: string,
): Promise<ImportReport> {
  const { files } = openClawFilesSchema.parse(input);
  const entries = files.flatMap((f) => parseOpenClawFile(f).map((e) => ({ ...e, file: f.path })));
  validateImported(entries);
  const report: ImportReport = { created: 0, updated: 0, skipped: 0 };
  const db = await getDb();
  await db.$transaction(async (tx) => {
    for (const e of entries) report[await upsertImported(tx, e, { file: e.file, actor })]++;
  }, IMPORT_TX);
  await recordAudit({
    actor,
    action: 'memory.import',
    details: { format: 'openclaw', files: files.map((f) => f.path), ...report },
  });
  await announceMemoryChange('imported');
  return report;
}
