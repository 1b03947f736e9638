'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** `g` then a letter: the page to go to (the letter is the section's first, or a clear second). */
export const GO_KEYS: Record<string, string> = {
  t: '/today',
  s: '/staging',
  j: '/jobs',
  m: '/memory',
  c: '/containers',
  d: '/drift',
  v: '/governance',
  k: '/skills',
  i: '/intelligence',
  e: '/settings',
};

const LIST_ITEM = '[data-list-item]';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)));
}

/** j/k move the focus through the page's list rows (elements marked data-list-item); Enter opens the row. */
function moveInList(step: 1 | -1): boolean {
  const rows = Array.from(document.querySelectorAll<HTMLElement>(LIST_ITEM)).filter((r) => r.offsetParent !== null);
  if (rows.length === 0) return false;
  const at = rows.findIndex((r) => r === document.activeElement || r.contains(document.activeElement));
  const next = rows[at === -1 ? (step === 1 ? 0 : rows.length - 1) : Math.min(Math.max(at + step, 0), rows.length - 1)];
  if (!next) return false;
  if (!next.hasAttribute('tabindex')) next.tabIndex = -1;
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
  return true;
}

function openRow(): boolean {
  const row = document.activeElement as HTMLElement | null;
  if (!row?.matches(LIST_ITEM)) return false;
  const action = row.querySelector<HTMLElement>('[data-list-open], a[href], button');
  action?.click();
  return Boolean(action);
}

/**
 * Keys on every page: `g` + letter between pages, and j/k/Enter in lists. A page with keys of its
 * own (the staging queue) marks its root data-own-list-keys and keeps j/k/Enter for itself.
 */
export function usePageKeys() {
  const router = useRouter();
  useEffect(() => {
    let goPending = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || typing(event.target)) return;
      if (document.querySelector('[role=dialog]')) return;
      if (goPending && Date.now() - goPending < 1500) {
        goPending = 0;
        const href = GO_KEYS[event.key];
        if (href) {
          event.preventDefault();
          event.stopImmediatePropagation();
          router.push(href);
        }
        return;
      }
      if (event.key === 'g') {
        goPending = Date.now();
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      if (document.querySelector('[data-own-list-keys]')) return;
      const handled =
        event.key === 'j' ? moveInList(1) : event.key === 'k' ? moveInList(-1) : event.key === 'Enter' && openRow();
      if (handled) event.preventDefault();
    };
    // Capture: a `g` sequence wins over a page's own single-letter keys.
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [router]);
}
