import { MemoryPage } from '@/components/memory/memory-page';
import { DUPLICATES_SHOWN, MEMORY_PAGE_SIZE, memoryKeys } from '@/components/memory/keys';
import { QuerySeed } from '@/components/query-seed';
import { serialize } from '@/lib/api/serialized';
import { findDuplicates } from '@/lib/memory/find-duplicates';
import { searchMemory } from '@/lib/memory/search-memory';

export const metadata = { title: 'Memory' };
export const dynamic = 'force-dynamic';

export default async function Page() {
  // The first page of active entries comes with the page: no "Loading…" line that the list then
  // replaces, and the largest paint is the list itself, not a late client fetch. So do the
  // duplicate findings of the side panel (reading them asks a worker for a new scan when memory
  // changed since the last, as the panel's own request does).
  const [initial, duplicates] = await Promise.all([
    searchMemory({ status: 'active', limit: MEMORY_PAGE_SIZE }),
    findDuplicates({ limit: DUPLICATES_SHOWN }),
  ]);
  return (
    <QuerySeed seeds={[{ key: memoryKeys.duplicates(), data: serialize(duplicates) }]}>
      <MemoryPage initial={serialize(initial)} />
    </QuerySeed>
  );
}
