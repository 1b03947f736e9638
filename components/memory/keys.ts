/** React Query keys of the memory page; the first element is the live-event topic. */
export type MemoryFilters = {
  q: string;
  status: 'active' | 'archived' | 'deleted';
  category: string[];
  tag: string[];
  source: string[];
  pinned?: 'true';
  expiry: 'any' | 'none' | 'expiring' | 'expired';
};

export const memoryKeys = {
  all: ['memory'] as const,
  list: (filters: MemoryFilters) => ['memory', 'list', filters] as const,
  lists: () => ['memory', 'list'] as const,
  entry: (id: string) => ['memory', 'entry', id] as const,
  facets: () => ['memory', 'facets'] as const,
  duplicates: () => ['memory', 'duplicates'] as const,
  related: (content: string) => ['memory', 'related', content] as const,
};

export function filtersToQuery(f: MemoryFilters): string {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q.trim());
  p.set('status', f.status);
  if (f.category.length) p.set('category', f.category.join(','));
  if (f.tag.length) p.set('tag', f.tag.join(','));
  if (f.source.length) p.set('source', f.source.join(','));
  if (f.pinned) p.set('pinned', f.pinned);
  if (f.expiry !== 'any') p.set('expiry', f.expiry);
  return p.toString();
}

/** Entries per page: a bounded first render (the server renders the first page); "Show more" asks for the next. */
export const MEMORY_PAGE_SIZE = 20;

/** Duplicate pairs the side panel shows: the page's server render seeds the same query the panel asks. */
export const DUPLICATES_SHOWN = 20;
