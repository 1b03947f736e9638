'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '../ui/cn';
import { SECTIONS } from './sections';

export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Sections" className="flex flex-col gap-0.5">
      {SECTIONS.map(({ href, label, icon: Icon }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            onClick={onNavigate}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'flex items-center gap-3 rounded-lg px-3 py-2 text-sm transition',
              active ? 'bg-accent/12 font-medium text-text' : 'text-muted hover:bg-surface-2 hover:text-text',
            )}
          >
            <Icon className={cn('size-4', active ? 'text-accent' : '')} aria-hidden />
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
