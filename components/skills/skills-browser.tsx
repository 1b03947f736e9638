'use client';

import { Search } from 'lucide-react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useDeferredValue, useState } from 'react';
import type { SkillCategory } from '@/lib/skills/schemas';
import { Badge, StatusDot } from '../ui/badge';
import { cn } from '../ui/cn';
import { ExtensionsCard } from './extensions-card';
import { SkillDetailPanel } from './skill-detail';
import { useSkills } from './use-skills';

const ALL_CATEGORIES: SkillCategory[] = [
  'build',
  'deploy',
  'content',
  'video',
  'pipeline',
  'system',
  'memory',
  'sandbox',
];

/** List + filters on the left, the selected skill (?skill=name, so the palette can link here) on the right. */
export function SkillsBrowser() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const selected = params.get('skill');
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<SkillCategory | undefined>();
  const deferredQ = useDeferredValue(q.trim());
  const { data, error, isPending } = useSkills({ q: deferredQ || undefined, category });

  const select = (name: string | null) =>
    router.replace(name ? `${pathname}?skill=${encodeURIComponent(name)}` : pathname, { scroll: false });

  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.15fr)]">
      <div className="space-y-4">
        <div className="relative">
          <Search className="pointer-events-none absolute top-2.5 left-3 size-4 text-muted" aria-hidden />
          <input
            type="search"
            aria-label="Search skills"
            placeholder="Search by name, description or scope"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            className="w-full rounded-lg border border-border bg-surface-2 py-2 pr-3 pl-9 text-sm outline-none placeholder:text-muted focus:border-accent"
          />
        </div>
        <fieldset className="flex flex-wrap gap-1.5">
          <legend className="sr-only">Filter by category</legend>
          {[undefined, ...ALL_CATEGORIES].map((c) => (
            <button
              key={c ?? 'all'}
              type="button"
              aria-pressed={category === c}
              onClick={() => setCategory(c)}
              className={cn(
                'rounded-full border px-2.5 py-1 text-xs font-medium capitalize transition',
                category === c ? 'border-accent bg-accent/15 text-accent' : 'border-border text-muted hover:text-text',
              )}
            >
              {c ?? 'all'}
            </button>
          ))}
        </fieldset>
        {error ? <p className="text-sm text-bad">{error.message}</p> : null}
        {data ? (
          <p className="text-xs text-muted" aria-live="polite">
            {data.skills.length} of {data.total} skills · {data.invalid === 0 ? 'all valid' : `${data.invalid} invalid`}
          </p>
        ) : null}
        {isPending ? <p className="text-sm text-muted">Loading skills…</p> : null}
        <ul className="space-y-2" aria-label="Skills">
          {data?.skills.map((s) => (
            <li key={s.folder} data-list-item>
              <button
                type="button"
                onClick={() => select(s.name)}
                aria-current={selected === s.name ? 'true' : undefined}
                className={cn(
                  'w-full rounded-xl border bg-surface p-3.5 text-left transition hover:border-muted',
                  selected === s.name ? 'border-accent' : 'border-border',
                )}
              >
                <div className="flex items-center gap-2">
                  <span aria-hidden>{s.emoji}</span>
                  <span className="truncate font-mono text-sm font-medium">{s.name}</span>
                  <span className="ml-auto flex items-center gap-1.5 text-xs text-muted">
                    <StatusDot tone={s.valid ? 'ok' : 'bad'} />
                    {s.valid ? 'valid' : 'invalid'}
                  </span>
                </div>
                <p className="mt-1 line-clamp-2 text-xs text-muted">{s.description}</p>
                <div className="mt-2 flex flex-wrap gap-1">
                  {s.category ? <Badge>{s.category}</Badge> : null}
                  {s.ownerOnly ? <Badge tone="warn">owner-only</Badge> : null}
                  {s.scopes.map((scope) => (
                    <Badge key={scope} tone="accent">
                      {scope}
                    </Badge>
                  ))}
                </div>
              </button>
            </li>
          ))}
        </ul>
        {data && data.skills.length === 0 ? (
          <p className="text-sm text-muted">No skill matches these filters.</p>
        ) : null}
      </div>
      <div className="space-y-5">
        {selected ? <SkillDetailPanel name={selected} onClose={() => select(null)} /> : null}
        {data ? <ExtensionsCard extensions={data.extensions} /> : null}
      </div>
    </div>
  );
}
