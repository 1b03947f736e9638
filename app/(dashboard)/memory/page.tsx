import { MemoryPage } from '@/components/memory/memory-page';
import { MEMORY_PAGE_SIZE } from '@/components/memory/keys';
import { serialize } from '@/lib/api/serialized';
import { searchMemory } from '@/lib/memory/search-memory';

export const metadata = { title: 'Memory' };
export const dynamic = 'force-dynamic';

export default async function Page() {
  // The first page of active entries comes with the page: no "Loading…" line that the list then
  // replaces, and the largest paint is the list itself, not a late client fetch.
  return <MemoryPage initial={serialize(await searchMemory({ status: 'active', limit: MEMORY_PAGE_SIZE }))} />;
}
