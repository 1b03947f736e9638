'use client';

import { ChipCount } from '../ui/chip-count';
import { Chip } from './chip';
import type { MemoryFilters } from './keys';
import type { FacetsReply } from './types';

const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
const SOURCES: Record<string, string> = {
  owner: 'Owner',
  'job-run': 'Job run',
  'agent-session': 'Agent',
  import: 'Import',
};

/** Sources, categories and the most used tags, with their counts (what the facets query found). */
export function FacetChips({
  filters,
  facets,
  set,
}: {
  filters: MemoryFilters;
  facets?: FacetsReply;
  set: (patch: Partial<MemoryFilters>) => void;
}) {
  if (!facets) return <p className="text-xs text-muted">Counting entries…</p>;
  return (
    <div className="flex flex-wrap items-center gap-1.5" data-testid="facet-chips">
      {facets.sources.map((s) => (
        <Chip
          key={s.name}
          active={filters.source.includes(s.name)}
          onClick={() => set({ source: toggle(filters.source, s.name) })}
        >
          {SOURCES[s.name] ?? s.name} <ChipCount n={s.count} />
        </Chip>
      ))}
      {facets.categories.map((c) => (
        <Chip
          key={c.name}
          active={filters.category.includes(c.name)}
          onClick={() => set({ category: toggle(filters.category, c.name) })}
        >
          <span className="sr-only">Category </span>
          {c.name} <ChipCount n={c.count} />
        </Chip>
      ))}
      {facets.tags.slice(0, 14).map((t) => (
        <Chip
          key={t.name}
          active={filters.tag.includes(t.name)}
          onClick={() => set({ tag: toggle(filters.tag, t.name) })}
        >
          <span className="sr-only">Tag </span>#{t.name}
        </Chip>
      ))}
    </div>
  );
}
