'use client';

import { cn } from '../ui/cn';

/** A filter toggle of the memory page. Its accessible name is its visible text, so voice control finds it. */
export function Chip({
  active,
  onClick,
  children,
}: {
  active: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={active}
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
