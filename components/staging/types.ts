import type { StagedItemDetail } from '@/lib/staging/get-staged-item';
import type { StagedSummary } from '@/lib/staging/list-staged-items';

// Dates arrive as ISO strings over JSON.
type Jsonified<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

export type QueueItem = Jsonified<StagedSummary>;
export type QueuePage = { items: QueueItem[]; nextCursor: string | null };
export type ItemDetail = Jsonified<Omit<StagedItemDetail, 'files'>> & { files: StagedItemDetail['files'] };
export type DetailFile = StagedItemDetail['files'][number];
export type Counts = { pendingByKind: Record<string, number>; byStatus: Record<string, number> };
