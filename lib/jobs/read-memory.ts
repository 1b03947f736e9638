import type { MemoryEntry } from './job-context';

/**
 * Memory read access for jobs. PLACEHOLDER(merge): wire the memory branch's search function here;
 * until then jobs see no memory entries (proposing memory already works, through staging).
 */
export async function readMemoryPlaceholder(_query: string): Promise<MemoryEntry[]> {
  return [];
}
