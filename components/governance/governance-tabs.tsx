'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '../ui/cn';

const TABS = [
  { href: '/governance', label: 'Grants' },
  { href: '/governance/audit', label: 'Audit log' },
  { href: '/governance/secrets', label: 'Secrets' },
  { href: '/governance/layers', label: 'Layers' },
];

export function GovernanceTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Governance views" className="mb-6 flex gap-1 border-b border-border">
      {TABS.map((tab) => {
        const active = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? 'page' : undefined}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm transition',
              active ? 'border-accent text-text' : 'border-transparent text-muted hover:text-text',
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
