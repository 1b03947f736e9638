'use client';

import { Bot, Menu, X } from 'lucide-react';
import Link from 'next/link';
import { type ReactNode, useState } from 'react';
import { CommandPalette, CommandPaletteButton } from '../command-palette/command-palette';
import { Button } from '../ui/button';
import { IconSprite } from '../ui/icon-sprite';
import { NavLinks } from './nav-links';
import { SignOutButton } from './sign-out-button';
import { ThemeToggle } from './theme-toggle';
import { setOwnerTimeZone } from '../ui/format-date';
import { usePageKeys } from './use-page-keys';

function Brand() {
  return (
    <Link href="/today" className="flex items-center gap-2 px-3 text-base font-semibold tracking-tight">
      <span className="grid size-7 place-items-center rounded-lg bg-accent text-accent-fg">
        <Bot className="size-4" aria-hidden />
      </span>
      Buddy
    </Link>
  );
}

/** Sidebar on wide screens, a top bar with a drawer on phones. */
export function AppShell({
  ownerEmail,
  timeZone,
  children,
}: {
  ownerEmail: string;
  timeZone: string;
  children: ReactNode;
}) {
  setOwnerTimeZone(timeZone);
  const [open, setOpen] = useState(false);
  usePageKeys();
  return (
    <div className="min-h-screen md:grid md:grid-cols-[15rem_1fr]">
      <IconSprite />
      {/* The aside stretches with the page (its background and border reach the bottom of long pages);
          the navigation inside it stays in view. */}
      <aside className="hidden border-r border-border bg-surface md:block">
        <div className="sticky top-0 flex h-screen flex-col py-5">
          <Brand />
          <CommandPaletteButton />
          <div className="mt-4 flex-1 overflow-y-auto px-2">
            <NavLinks />
          </div>
          <div className="border-t border-border px-3 pt-4">
            <p className="truncate px-1 text-xs text-muted" title={ownerEmail}>
              {ownerEmail}
            </p>
            <div className="mt-2 flex items-center gap-1">
              <ThemeToggle />
              <SignOutButton />
            </div>
          </div>
        </div>
      </aside>

      <header className="sticky top-0 z-20 flex items-center justify-between border-b border-border bg-surface/95 px-3 py-2.5 backdrop-blur md:hidden">
        <Brand />
        <div className="flex items-center gap-1">
          <ThemeToggle />
          <Button
            variant="ghost"
            className="px-2.5"
            aria-label={open ? 'Close menu' : 'Open menu'}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? <X className="size-5" aria-hidden /> : <Menu className="size-5" aria-hidden />}
          </Button>
        </div>
      </header>
      {open ? (
        <div className="fixed inset-x-0 top-[3.25rem] z-10 border-b border-border bg-surface p-3 shadow-xl md:hidden">
          <NavLinks onNavigate={() => setOpen(false)} />
          <div className="mt-3 flex items-center justify-between border-t border-border pt-3">
            <span className="truncate text-xs text-muted">{ownerEmail}</span>
            <SignOutButton />
          </div>
        </div>
      ) : null}

      <CommandPalette />
      <main className="mx-auto w-full min-w-0 max-w-6xl px-4 py-6 md:px-8 md:py-8">{children}</main>
    </div>
  );
}
