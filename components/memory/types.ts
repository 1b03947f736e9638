import type { MemoryView } from '@/lib/memory/entry-view';
import type { Segment } from '@/lib/memory/fts-query';

export type { MemoryView, Segment };
export type SearchHit = { entry: MemoryView; snippet: Segment[] | null; score: number | null };
export type SearchReply = {
  items: SearchHit[];
  hasMore: boolean;
  order?: 'relevance' | 'newest';
  matchesOver?: number;
};
export type Facet = { name: string; count: number };
export type FacetsReply = { categories: Facet[]; tags: Facet[]; sources: Facet[] };
export type ValueDifference = { kind: string; survivor: string[]; merged: string[] };
export type DuplicatePair = {
  kind: 'duplicate' | 'contradiction';
  similarity: number;
  method: 'lexical' | 'embedding';
  survivor: MemoryView;
  merged: MemoryView;
  disagreements: ValueDifference[];
};
/** An entry a text would duplicate or contradict (POST /api/memory/related). */
export type RelatedEntry = {
  kind: 'duplicate' | 'contradiction';
  similarity: number;
  method: 'lexical' | 'embedding';
  disagreements: { kind: string; mine: string[]; theirs: string[] }[];
  entry: MemoryView;
};
export type ImportReport = { created: number; updated: number; skipped: number };
export type VersionView = {
  version: number;
  content: string;
  category: string;
  tags: string[];
  changeKind: string;
  changed: string[];
  changedBy: string;
  note: string | null;
  createdAt: string;
};
export type EntryDetail = {
  entry: MemoryView;
  provenances: {
    id: string;
    sourceKind: string;
    sourceId: string | null;
    createdBy: string;
    mergedFromId: string | null;
    createdAt: string;
  }[];
  versions: VersionView[];
  mergedFrom: { id: string; content: string; createdBy: string; createdAt: string }[];
};
