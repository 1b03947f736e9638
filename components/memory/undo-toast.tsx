'use client';

import { useEffect } from 'react';

/** "Deleted. Undo" for a few seconds after a delete; Ctrl/Cmd+Z undoes too. */
export function UndoToast({ text, onUndo, onClose }: { text: string; onUndo: () => void; onClose: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onClose, 10_000);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'z' && (e.metaKey || e.ctrlKey) && !/^(INPUT|TEXTAREA)$/.test((e.target as HTMLElement).tagName)) {
        e.preventDefault();
        onUndo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [onUndo, onClose]);
  return (
    <div
      role="status"
      className="fixed bottom-6 left-1/2 z-30 flex -translate-x-1/2 items-center gap-4 rounded-xl border border-border bg-surface-2 px-4 py-3 text-sm shadow-2xl"
    >
      <span>{text}</span>
      <button type="button" onClick={onUndo} className="font-semibold text-accent hover:underline">
        Undo
      </button>
    </div>
  );
}
