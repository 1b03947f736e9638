import type { Serialized } from '@/lib/api/serialized';
import type { StagedItemDetail } from '@/lib/staging/get-staged-item';
import type { StagedSummary } from '@/lib/staging/list-staged-items';

export type QueueItem = Serialized<StagedSummary>;
export type QueuePage = { items: QueueItem[]; nextCursor: string | null };
export type ItemDetail = Serialized<StagedItemDetail>;
export type DetailFile = StagedItemDetail['files'][number];
export type Counts = { pendingByKind: Record<string, number>; byStatus: Record<string, number> };
