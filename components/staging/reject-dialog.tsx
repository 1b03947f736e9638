'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '../ui/button';
import { Modal } from '../ui/modal';

export const QUICK_REASONS = ['Not useful', 'Inaccurate', 'Duplicate', 'Too risky', 'Wrong style'];

/** Asks why (one click on a common reason, or free text); the reason teaches the weekly feedback job. */
export function RejectDialog({
  count,
  onReject,
  onCancel,
  pending,
}: {
  count: number;
  onReject: (reason: string) => void;
  onCancel: () => void;
  pending: boolean;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = (value: string) => {
    if (value.trim().length < 3) return setError('Give a reason of at least 3 characters.');
    onReject(value.trim());
  };
  return (
    <Modal
      aria-labelledby="reject-title"
      className="max-w-md"
      onClose={onCancel}
      // Keys typed here are the reason's, not the triage shortcuts of the page behind.
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="p-5">
        <h2 id="reject-title" className="text-base font-semibold">
          Reject {count === 1 ? 'this item' : `${count} items`}
        </h2>
        <p className="mt-1 text-xs text-muted">Why? The reason stays with the item so the jobs can learn from it.</p>
        <div className="mt-4 flex flex-wrap gap-2">
          {QUICK_REASONS.map((r) => (
            <Button key={r} onClick={() => submit(r)} disabled={pending} className="px-2.5 py-1 text-xs">
              {r}
            </Button>
          ))}
        </div>
        <label htmlFor="reject-reason" className="mt-4 block text-sm font-medium">
          Reason
        </label>
        <textarea
          id="reject-reason"
          ref={input}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              submit(reason);
            }
          }}
          rows={3}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'reject-reason-error' : undefined}
          className="mt-1.5 w-full rounded-lg border border-border bg-surface-2 px-3 py-2 text-sm outline-none focus:border-accent"
          placeholder="e.g. the test covers a function that no longer exists"
        />
        {error ? (
          <p id="reject-reason-error" className="mt-1 text-xs text-bad">
            {error}
          </p>
        ) : null}
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
          <Button variant="danger" onClick={() => submit(reason)} disabled={pending}>
            Reject
          </Button>
        </div>
      </div>
    </Modal>
  );
}
