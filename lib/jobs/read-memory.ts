import { listMemoryForAgents } from '../memory/list-memory-for-agents';
import type { MemoryEntry } from './job-context';

/** Memory read access for jobs: active, unexpired entries matching the query, as plain data. */
export async function readMemory(query: string): Promise<MemoryEntry[]> {
  const entries = await listMemoryForAgents({ q: query || undefined, limit: 20 });
  return entries.map((e) => ({ id: e.id, content: e.content, category: e.category, tags: [...e.tags] }));
}
