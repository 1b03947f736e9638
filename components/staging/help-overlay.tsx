'use client';

import { useEffect } from 'react';
import { Button } from '../ui/button';
import { Modal } from '../ui/modal';

const KEYS: [string, string][] = [
  ['j / k', 'next / previous item'],
  ['a', 'approve (the selection, or the current item)'],
  ['r', 'reject with a reason'],
  ['x', 'select or unselect the current item'],
  ['u', 'undo the last approve or reject (it is sent after 5 seconds)'],
  ['Esc', 'clear the selection, close dialogs'],
  ['?', 'show or hide this help'],
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  useEffect(() => {
    // '?' toggles the help (Escape is the dialog's own).
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '?') {
        event.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <Modal aria-labelledby="help-title" className="max-w-sm" onClose={onClose}>
      <div className="p-5">
        <h2 id="help-title" className="mb-3 text-base font-semibold">
          Keyboard triage
        </h2>
        <dl className="space-y-2 text-sm">
          {KEYS.map(([key, what]) => (
            <div key={key} className="flex justify-between gap-4">
              <dt>
                <kbd className="rounded border border-border bg-surface-2 px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
              </dt>
              <dd className="text-muted">{what}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-4 flex justify-end">
          <Button variant="ghost" onClick={onClose}>
            Close <kbd className="text-xs opacity-70">Esc</kbd>
          </Button>
        </div>
      </div>
    </Modal>
  );
}
