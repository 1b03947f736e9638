'use client';

import Link from 'next/link';
import { Fragment } from 'react';
import { usePathname } from 'next/navigation';
import { useJobsAttention } from '../jobs/use-jobs';
import { useCounts } from '../staging/use-staging';
import { cn } from '../ui/cn';
import { SECTIONS } from './sections';

/** The numbers beside Staging (items waiting) and Jobs (stopped or failing jobs). */
function useBadges(): Record<string, { n: number; label: string; tone: 'accent' | 'bad' }> {
  const counts = useCounts();
  const pending = counts.data?.byStatus.pending ?? 0;
  const attention = useJobsAttention().data?.attention ?? 0;
  return {
    '/staging': { n: pending, label: `${pending} waiting for review`, tone: 'accent' },
    '/jobs': { n: attention, label: `${attention} need attention`, tone: 'bad' },
  };
}

export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  const badges = useBadges();
  return (
    <nav aria-label="Sections" className="flex flex-col gap-0.5">
      {SECTIONS.map(({ href, label, icon: Icon }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        const badge = badges[href];
        const descId = `nav-badge-${label.toLowerCase()}-${onNavigate ? 'menu' : 'side'}`;
        return (
          <Fragment key={href}>
            <Link
              href={href}
              onClick={onNavigate}
              aria-current={active ? 'page' : undefined}
              // The count is the link's description, so its name stays the section's name.
              aria-describedby={badge?.n ? descId : undefined}
              className={cn(
                'flex items-center gap-3 rounded-lg px-3 py-2 text-sm transition',
                active ? 'bg-accent/12 font-medium text-text' : 'text-muted hover:bg-surface-2 hover:text-text',
              )}
            >
              <Icon className={cn('size-4', active ? 'text-accent' : '')} aria-hidden />
              {label}
              {badge?.n ? (
                <span
                  aria-hidden
                  className={cn(
                    'ml-auto rounded-full px-1.5 text-xs font-semibold tabular-nums',
                    badge.tone === 'bad' ? 'bg-bad text-bg' : 'bg-accent text-accent-fg',
                  )}
                  title={badge.label}
                  data-testid={`nav-badge-${label.toLowerCase()}`}
                >
                  {badge.n}
                </span>
              ) : null}
            </Link>
            {badge?.n ? (
              <span id={descId} className="sr-only">
                {badge.label}
              </span>
            ) : null}
          </Fragment>
        );
      })}
    </nav>
  );
}
