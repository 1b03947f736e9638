'use client';

import { kindLabel } from '@/lib/staging/kind-labels';
import { STAGED_STATUSES } from '@/lib/staging/statuses';
import { ChipCount } from '../ui/chip-count';
import { cn } from '../ui/cn';
import type { QueueFilters } from './keys';
import { useCounts } from './use-staging';

function Chip({
  active,
  onClick,
  children,
  testId,
}: {
  active: boolean;
  onClick: () => void;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-pressed={active}
      data-testid={testId}
      className={cn(
        'rounded-full border px-2.5 py-1 text-xs',
        active ? 'border-accent bg-accent/15 text-accent' : 'border-border text-muted hover:text-text',
      )}
    >
      {children}
    </button>
  );
}

/** Status tabs and kind chips with their counts (pending per kind). */
export function QueueFiltersBar({ filters, onChange }: { filters: QueueFilters; onChange: (f: QueueFilters) => void }) {
  // Seeded by the dashboard layout (the chips must not arrive late and push the list down).
  const { data } = useCounts();
  const kinds = Object.entries(data?.pendingByKind ?? {}).sort((a, b) => b[1] - a[1]);
  return (
    <div className="space-y-2">
      <fieldset className="flex flex-wrap gap-1.5">
        <legend className="sr-only">Status</legend>
        {STAGED_STATUSES.map((s) => (
          <Chip key={s} active={filters.status === s} onClick={() => onChange({ status: s })}>
            {s} <ChipCount n={data?.byStatus[s] ?? 0} />
          </Chip>
        ))}
      </fieldset>
      {filters.status === 'pending' && kinds.length > 0 ? (
        <fieldset className="flex flex-wrap gap-1.5">
          <legend className="sr-only">Kind</legend>
          <Chip active={!filters.kind} onClick={() => onChange({ status: filters.status })}>
            all kinds
          </Chip>
          {kinds.map(([kind, n]) => (
            <Chip
              key={kind}
              active={filters.kind === kind}
              onClick={() => onChange({ status: filters.status, kind })}
              testId={`kind-${kind}`}
            >
              {kindLabel(kind, 2)} <ChipCount n={n} />
            </Chip>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
