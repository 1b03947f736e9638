import type { Reply } from '@/lib/api/serialized';
import type {
  duplicatesReplySchema,
  facetsReplySchema,
  importReplySchema,
  memoryDetailReplySchema,
  memorySearchReplySchema,
  relatedReplySchema,
} from '@/lib/memory/reply-schemas';

/** Wire shapes of /api/memory, from the endpoints' reply schemas. */
export type SearchReply = Reply<typeof memorySearchReplySchema>;
export type SearchHit = SearchReply['items'][number];
export type MemoryView = SearchHit['entry'];
export type Segment = NonNullable<SearchHit['snippet']>[number];
export type FacetsReply = Reply<typeof facetsReplySchema>;
export type DuplicatePair = Reply<typeof duplicatesReplySchema>['pairs'][number];
/** An entry a text would duplicate or contradict (POST /api/memory/related). */
export type RelatedEntry = Reply<typeof relatedReplySchema>['related'][number];
export type ImportReport = Reply<typeof importReplySchema>['report'];
export type EntryDetail = Reply<typeof memoryDetailReplySchema>;
