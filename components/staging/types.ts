import type { Reply } from '@/lib/api/serialized';
import type {
  stagedCountsReplySchema,
  stagedDetailReplySchema,
  stagedListReplySchema,
} from '@/lib/staging/reply-schemas';

/** Wire shapes of /api/staging, from the endpoints' reply schemas. */
export type QueuePage = Reply<typeof stagedListReplySchema>;
export type QueueItem = QueuePage['items'][number];
export type ItemDetail = Reply<typeof stagedDetailReplySchema>;
export type DetailFile = ItemDetail['files'][number];
export type Counts = Reply<typeof stagedCountsReplySchema>;
