'use client';

import { Search, X } from 'lucide-react';
import { useEffect, useRef } from 'react';

/** The search box; "/" focuses it from anywhere on the page, Escape clears it. */
export function SearchBar({ value, onChange, busy }: { value: string; onChange: (q: string) => void; busy: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
        e.preventDefault();
        ref.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="relative">
      <Search className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted" aria-hidden />
      <input
        ref={ref}
        type="search"
        aria-label="Search memory"
        placeholder="Search memory…"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            onChange('');
            e.currentTarget.blur();
          }
        }}
        className="w-full rounded-xl border border-border bg-surface py-3 pl-10 pr-20 text-base outline-none transition placeholder:text-muted focus:border-accent [&::-webkit-search-cancel-button]:appearance-none"
      />
      <span className="absolute right-3 top-1/2 flex -translate-y-1/2 items-center gap-2 text-xs text-muted">
        {busy ? <span className="size-2 animate-pulse rounded-full bg-accent" aria-hidden /> : null}
        {value ? (
          <button
            type="button"
            aria-label="Clear search"
            onClick={() => onChange('')}
            className="rounded p-1 hover:text-text"
          >
            <X className="size-4" aria-hidden />
          </button>
        ) : (
          <kbd className="rounded border border-border px-1.5 font-mono">/</kbd>
        )}
      </span>
    </div>
  );
}
