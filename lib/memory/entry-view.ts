import { decodeTags } from './normalize-text';

type Row = {
  id: string;
  content: string;
  category: string;
  tags: string;
  pinned: boolean;
  status: string;
  sourceKind: string;
  sourceId: string | null;
  createdBy: string;
  expiresAt: Date | null;
  deletedAt: Date | null;
  mergedIntoId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/** The shape every API reply and page uses for one entry. */
export type MemoryView = Omit<Row, 'tags' | 'expiresAt' | 'deletedAt' | 'createdAt' | 'updatedAt'> & {
  tags: string[];
  expiresAt: string | null;
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
  expired: boolean;
};

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function toView(row: Row, now = Date.now()): MemoryView {
  return {
    id: row.id,
    content: row.content,
    category: row.category,
    tags: decodeTags(row.tags),
    pinned: Boolean(row.pinned),
    status: row.status,
    sourceKind: row.sourceKind,
    sourceId: row.sourceId,
    createdBy: row.createdBy,
    expiresAt: iso(row.expiresAt),
    deletedAt: iso(row.deletedAt),
    mergedIntoId: row.mergedIntoId,
    version: Number(row.version),
    createdAt: iso(row.createdAt) as string,
    updatedAt: iso(row.updatedAt) as string,
    expired: row.expiresAt !== null && new Date(row.expiresAt).getTime() <= now,
  };
}
