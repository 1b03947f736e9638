import { type SearchHit, searchMemory } from './search-memory';

export type AgentMemory = {
  id: string;
  content: string;
  category: string;
  tags: string[];
  pinned: boolean;
  updatedAt: string;
};

/**
 * What jobs and agents read: active, unexpired, undeleted entries; pinned first when listing,
 * ranked by relevance when searching.
 */
export async function listMemoryForAgents(
  options: { q?: string; category?: string; limit?: number } = {},
): Promise<AgentMemory[]> {
  const { items } = await searchMemory({
    q: options.q,
    category: options.category ? [options.category] : undefined,
    status: 'active',
    expiry: 'live',
    limit: options.limit ?? 50,
  });
  return items.map(({ entry }: SearchHit) => ({
    id: entry.id,
    content: entry.content,
    category: entry.category,
    tags: entry.tags,
    pinned: entry.pinned,
    updatedAt: entry.updatedAt,
  }));
}
