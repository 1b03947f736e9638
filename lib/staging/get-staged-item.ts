import { getDb } from '../db/client';
import { env } from '../env';
import { notFound } from './decision-errors';
import { sha256 } from './file-hash';
import { readFileNoFollow, UnsafePathError } from './no-follow-fs';
import { openPromotionTarget } from './promotion-target';
import { storedMetadataSchema } from './schemas';

// Larger workspace files are not sent for diffing; the page says so instead.
const MAX_CURRENT_BYTES = 512 * 1024;

type CurrentFile =
  | { state: 'missing' }
  | { state: 'present'; content: string; hash: string }
  | { state: 'too-large'; hash: string }
  | { state: 'refused'; reason: string };

async function readCurrent(relPath: string): Promise<CurrentFile> {
  const target = openPromotionTarget(env().workspaceDir, relPath, false);
  if (!target.ok) return { state: 'refused', reason: target.reason };
  if (!target.dir) return { state: 'missing' };
  try {
    // Read through the folder opened without following links, like promotion itself.
    const bytes = readFileNoFollow(target.dir, target.name);
    if (!bytes) return { state: 'missing' };
    const hash = sha256(bytes);
    if (bytes.byteLength > MAX_CURRENT_BYTES) return { state: 'too-large', hash };
    return { state: 'present', content: bytes.toString('utf8'), hash };
  } catch (error) {
    if (error instanceof UnsafePathError) return { state: 'refused', reason: error.message };
    throw error;
  } finally {
    target.dir.close();
  }
}

/** One item with its body and files, each file next to what the workspace holds now (for the diff). */
export async function getStagedItem(id: string) {
  const db = await getDb();
  const item = await db.stagedItem.findUnique({
    where: { id },
    include: {
      files: { orderBy: { position: 'asc' }, select: { id: true, targetPath: true, content: true, baseHash: true } },
    },
  });
  if (!item) throw notFound(id);
  const files = await Promise.all(
    item.files.map(async (f) => {
      const current = await readCurrent(f.targetPath);
      const currentHash = current.state === 'present' || current.state === 'too-large' ? current.hash : null;
      // Stale: the workspace no longer holds what the job saw, so approving would be refused.
      const stale = current.state !== 'refused' && currentHash !== (f.baseHash ?? null);
      return { ...f, current, stale };
    }),
  );
  return { ...item, metadata: storedMetadataSchema.parse(item.metadata), files };
}
