'use client';

import { Pin } from 'lucide-react';
import { cn } from '../ui/cn';
import type { MemoryFilters } from './keys';
import type { FacetsReply } from './types';

function Chip({
  active,
  onClick,
  children,
  label,
}: {
  active: boolean;
  onClick: () => void;
  children: React.ReactNode;
  label?: string;
}) {
  return (
    <button
      type="button"
      aria-pressed={active}
      aria-label={label}
      onClick={onClick}
      className={cn(
        'inline-flex items-center gap-1 rounded-full border px-2.5 py-1 text-xs font-medium transition focus:outline-none focus-visible:ring-2 focus-visible:ring-accent',
        active ? 'border-accent/50 bg-accent/15 text-accent' : 'border-border bg-surface-2 text-muted hover:text-text',
      )}
    >
      {children}
    </button>
  );
}

const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
const SOURCES: Record<string, string> = {
  owner: 'Owner',
  'job-run': 'Job run',
  'agent-session': 'Agent',
  import: 'Import',
};

export function FilterChips({
  filters,
  facets,
  onChange,
}: {
  filters: MemoryFilters;
  facets?: FacetsReply;
  onChange: (f: MemoryFilters) => void;
}) {
  const set = (patch: Partial<MemoryFilters>) => onChange({ ...filters, ...patch });
  return (
    <section className="space-y-2" aria-label="Filters">
      {/* Groups (status, pin and expiry, source) kept whole and apart by space: a divider line would start a
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
        <div className="flex flex-wrap items-center gap-1.5">
          {(facets?.sources ?? []).map((s) => (
            <Chip
              key={s.name}
              active={filters.source.includes(s.name)}
              onClick={() => set({ source: toggle(filters.source, s.name) })}
            >
              {SOURCES[s.name] ?? s.name} <span className="opacity-60">{s.count}</span>
            </Chip>
          ))}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        {(facets?.categories ?? []).map((c) => (
          <Chip
            key={c.name}
            label={`Category ${c.name}`}
            active={filters.category.includes(c.name)}
            onClick={() => set({ category: toggle(filters.category, c.name) })}
          >
            {c.name} <span className="opacity-60">{c.count}</span>
          </Chip>
        ))}
        {(facets?.tags ?? []).slice(0, 14).map((t) => (
          <Chip
            key={t.name}
            label={`Tag ${t.name}`}
            active={filters.tag.includes(t.name)}
            onClick={() => set({ tag: toggle(filters.tag, t.name) })}
          >
            #{t.name}
          </Chip>
        ))}
      </div>
    </section>
  );
}
