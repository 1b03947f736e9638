'use client';

import { type KeyboardEventHandler, type ReactNode, useEffect, useRef } from 'react';
import { cn } from './cn';

/**
 * A modal dialog on the native <dialog> (showModal): the page behind is inert, so Tab stays inside;
 * Escape (and, with `closeOnBackdrop`, a click beside it) asks the owner to close it: `onClose` unmounts it.
 */
export function Modal({
  onClose,
  closeOnBackdrop = false,
  onKeyDown,
  className,
  children,
  ...aria
}: {
  onClose: () => void;
  closeOnBackdrop?: boolean;
  onKeyDown?: KeyboardEventHandler<HTMLDialogElement>;
  className?: string;
  children: ReactNode;
  'aria-labelledby'?: string;
  'aria-label'?: string;
  'aria-busy'?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      {...aria}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // A click whose target is the dialog itself landed on its backdrop (the children fill the box);
      // the keyboard's way out is Escape (the cancel event).
      onClick={(event) => {
        if (closeOnBackdrop && event.target === event.currentTarget) onClose();
      }}
      className={cn(
        'm-auto w-[calc(100%-2rem)] rounded-xl border border-border bg-surface p-0 text-text shadow-xl backdrop:bg-black/50',
        className,
      )}
    >
      {children}
    </dialog>
  );
}
