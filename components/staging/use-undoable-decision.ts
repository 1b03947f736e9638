'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Decision } from './use-staging';

/** How long a decision can be taken back before it is sent (and, for an approval, promoted). */
export const UNDO_MS = 5000;

export type PendingDecision = Decision & { until: number };

/** Sends a decision that the page will not live to send itself (tab closed inside the window). */
function sendOnExit(d: Decision) {
  const [only] = d.ids;
  const single = d.ids.length === 1 && only;
  const url = single ? `/api/staging/${encodeURIComponent(only)}/${d.action}` : '/api/staging/bulk';
  const body = single ? (d.action === 'reject' ? { reason: d.reason } : {}) : d;
  void fetch(url, {
    method: 'POST',
    keepalive: true,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
}

/**
 * Holds an approve/reject for UNDO_MS before sending it: nothing is decided, let alone promoted,
 * until the window passes, so Undo restores exactly what was there. A second decision sends the
 * first at once; leaving the page sends what is held (the owner did decide).
 */
export function useUndoableDecision(send: (d: Decision) => void) {
  const [held, setHeld] = useState<PendingDecision | null>(null);
  const heldRef = useRef<PendingDecision | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sendRef = useRef(send);
  sendRef.current = send;

  const clear = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    heldRef.current = null;
    setHeld(null);
  }, []);

  const flush = useCallback(() => {
    const d = heldRef.current;
    clear();
    if (d) sendRef.current(d);
  }, [clear]);

  const hold = useCallback(
    (d: Decision) => {
      flush();
      const pending = { ...d, until: Date.now() + UNDO_MS };
      heldRef.current = pending;
      setHeld(pending);
      timer.current = setTimeout(flush, UNDO_MS);
    },
    [flush],
  );

  const undo = useCallback(() => clear(), [clear]);

  useEffect(() => {
    const onExit = () => {
      const d = heldRef.current;
      if (!d) return;
      clear();
      sendOnExit(d);
    };
    window.addEventListener('pagehide', onExit);
    return () => {
      window.removeEventListener('pagehide', onExit);
      // Moving to another page of the dashboard: the decision stands, sent through the mutation.
      flush();
    };
  }, [clear, flush]);

  return { held, hold, undo };
}
