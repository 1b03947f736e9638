'use client';

import { Command, Search } from 'lucide-react';
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';

export const OPEN_PALETTE_EVENT = 'buddy:open-command-palette';

// The panel's code (its actions, icons and queries) loads on the first Ctrl/Cmd-K, not with every
// page: most mornings it is never opened, and each page hydrated it for nothing.
const PalettePanel = dynamic(() => import('./palette-panel').then((m) => m.PalettePanel), { ssr: false });

/** Ctrl/Cmd-K (or the sidebar button) opens the palette; the same keys close it. */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    const onOpen = () => setOpen(true);
    window.addEventListener('keydown', onKey);
    window.addEventListener(OPEN_PALETTE_EVENT, onOpen);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(OPEN_PALETTE_EVENT, onOpen);
    };
  }, []);
  return open ? <PalettePanel onClose={() => setOpen(false)} /> : null;
}

/** ⌘K on a Mac, Ctrl K elsewhere: the hint names the key the owner's keyboard has. */
function ShortcutHint() {
  const [mac, setMac] = useState<boolean | null>(null);
  useEffect(() => setMac(/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)), []);
  if (mac === null) return null;
  return (
    <kbd
      className="ml-auto inline-flex items-center gap-0.5 rounded border border-border px-1 text-xs"
      data-testid="palette-shortcut"
    >
      {mac ? <Command className="size-3" aria-label="Command" /> : 'Ctrl '}K
    </kbd>
  );
}

/** Sidebar button for people who do not use the shortcut. */
export function CommandPaletteButton() {
  return (
    <button
      type="button"
      onClick={() => window.dispatchEvent(new Event(OPEN_PALETTE_EVENT))}
      className="mx-2 mt-5 flex w-[calc(100%-1rem)] items-center gap-2 rounded-lg border border-border bg-surface-2 px-3 py-1.5 text-left text-xs text-muted transition hover:text-text"
    >
      <Search className="size-3.5" aria-hidden />
      Search or run…
      <ShortcutHint />
    </button>
  );
}
