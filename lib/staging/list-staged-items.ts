import { ValidationError } from '../api/errors';
import { getDb } from '../db/client';
import { type ListStagedQuery, listStagedQuerySchema } from './list-schemas';

// What a queue row needs; the body and file contents stay out of the list.
export const STAGED_SUMMARY_SELECT = {
  id: true,
  kind: true,
  title: true,
  summary: true,
  status: true,
  sourceJob: true,
  sourceRunId: true,
  createdBy: true,
  createdAt: true,
  decidedAt: true,
  decidedBy: true,
  decisionNote: true,
  archivedAt: true,
  _count: { select: { files: true } },
} as const;

export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || Number.isNaN(createdAt.getTime()))
    throw new ValidationError('The cursor is not valid.', { 'query.cursor': ['not a cursor from this API'] });
  return { createdAt, id };
}

/** The Prisma `where` of a list query, shared with the benchmark's bare-query baseline. */
export function listWhere(q: ReturnType<typeof listStagedQuerySchema.parse>) {
  const after = q.cursor ? decodeCursor(q.cursor) : undefined;
  return {
    ...(q.status ? { status: { in: q.status } } : {}),
    ...(q.kind ? { kind: { in: q.kind } } : {}),
    ...(q.job ? { sourceJob: q.job } : {}),
    ...(q.archived === 'exclude' ? { archivedAt: null } : q.archived === 'only' ? { archivedAt: { not: null } } : {}),
    AND: [
      q.q ? { title: { contains: q.q } } : {},
      q.since || q.until
        ? { createdAt: { ...(q.since ? { gte: q.since } : {}), ...(q.until ? { lt: q.until } : {}) } }
        : {},
      // Keyset pagination on (createdAt, id), newest first: stable while new items arrive.
      after
        ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
        : {},
    ],
  };
}

export async function listStagedItems(input: ListStagedQuery = {}) {
  const q = listStagedQuerySchema.parse(input);
  const db = await getDb();
  const rows = await db.stagedItem.findMany({
    where: listWhere(q),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: q.limit + 1,
    select: STAGED_SUMMARY_SELECT,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ _count, ...row }) => ({ ...row, fileCount: _count.files })),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}
