'use client';

import { ChevronDown, Pin } from 'lucide-react';
import { useState } from 'react';
import { cn } from '../ui/cn';
import { Chip } from './chip';
import { FacetChips } from './facet-chips';
import type { MemoryFilters } from './keys';
import { useMemoryFacets } from './use-memory-queries';

export function FilterChips({ filters, onChange }: { filters: MemoryFilters; onChange: (f: MemoryFilters) => void }) {
  const set = (patch: Partial<MemoryFilters>) => onChange({ ...filters, ...patch });
  const chosen = filters.source.length + filters.category.length + filters.tag.length;
  // The sources, categories and tags come from a count over all of memory that can take a while on a
  // large one: behind a toggle, asked for only when opened, their arrival moves nothing on the page
  // (open from the start when a filter of theirs is on).
  const [open, setOpen] = useState(chosen > 0);
  const facets = useMemoryFacets(open);
  return (
    <section className="space-y-2" aria-label="Filters">
      {/* Groups (status, pin and expiry, the toggle) kept whole and apart by space: a divider line would start a
          wrapped row on its own at narrower widths. */}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1.5">
        <div className="flex flex-wrap items-center gap-1.5">
          {(['active', 'archived', 'deleted'] as const).map((s) => (
            <Chip key={s} active={filters.status === s} onClick={() => set({ status: s })}>
              {s === 'active' ? 'Active' : s === 'archived' ? 'Archived' : 'Trash'}
            </Chip>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-1.5">
          <Chip active={filters.pinned === 'true'} onClick={() => set({ pinned: filters.pinned ? undefined : 'true' })}>
            <Pin className="size-3" aria-hidden /> Pinned
          </Chip>
          {(['expiring', 'expired', 'none'] as const).map((e) => (
            <Chip
              key={e}
              active={filters.expiry === e}
              onClick={() => set({ expiry: filters.expiry === e ? 'any' : e })}
            >
              {e === 'expiring' ? 'Expiring this week' : e === 'expired' ? 'Expired' : 'No expiry'}
            </Chip>
          ))}
        </div>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="memory-facets"
          onClick={() => setOpen((o) => !o)}
          className="inline-flex items-center gap-1 rounded-full px-1 py-1 text-xs font-medium text-accent hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-accent"
        >
          Sources, categories, tags{chosen > 0 ? ` (${chosen} on)` : ''}
          <ChevronDown className={cn('size-3.5 transition', open ? 'rotate-180' : '')} aria-hidden />
        </button>
      </div>
      {open ? (
        <div id="memory-facets">
          <FacetChips filters={filters} facets={facets.data} set={set} />
        </div>
      ) : null}
    </section>
  );
}
