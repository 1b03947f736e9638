'use client';

import { useEffect, useRef } from 'react';

export type TriageHandlers = {
  next: () => void;
  previous: () => void;
  approve: () => void;
  reject: () => void;
  toggle: () => void;
  help: () => void;
  escape: () => void;
  undo: () => void;
};

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)));
}

/** j/k/a/r/x/u/? on the page, ignored while typing or while a dialog is open (`enabled` false). */
export function useTriageKeys(handlers: TriageHandlers, enabled: boolean) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || typing(event.target)) return;
      const h = latest.current;
      const action = {
        j: h.next,
        k: h.previous,
        a: h.approve,
        r: h.reject,
        x: h.toggle,
        u: h.undo,
        z: h.undo,
        '?': h.help,
        Escape: h.escape,
      }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
