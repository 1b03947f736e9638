'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '../ui/cn';

const TABS = [
  { href: '/intelligence', label: 'Overview' },
  { href: '/intelligence/models', label: 'Models' },
  { href: '/intelligence/predictions', label: 'Predictions' },
  { href: '/intelligence/news', label: 'News' },
];

export function IntelligenceTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Intelligence" className="mb-6 flex gap-1 border-b border-border">
      {TABS.map((t) => {
        const active = pathname === t.href;
        return (
          <Link
            key={t.href}
            href={t.href}
            aria-current={active ? 'page' : undefined}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm',
              active ? 'border-accent font-medium text-text' : 'border-transparent text-muted hover:text-text',
            )}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
