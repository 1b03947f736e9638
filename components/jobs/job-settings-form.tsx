'use client';

import { type FormEvent, useState } from 'react';
import { ApiClientError } from '../api-client';
import { Button } from '../ui/button';
import type { JobRow } from './types';
import { useJobAction } from './use-jobs';

/** Model, timeout and breaker threshold; the server records each change as an audit event. */
export function JobSettingsForm({ job }: { job: JobRow }) {
  const action = useJobAction(job.id);
  const [model, setModel] = useState(job.model ?? '');
  const [minutes, setMinutes] = useState(String(Math.round(job.timeoutMs / 60_000)));
  const [threshold, setThreshold] = useState(String(job.failureThreshold));
  const fieldErrors = action.error instanceof ApiClientError ? action.error.fieldErrors : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: Record<string, unknown> = {
      timeoutMs: Math.round(Number(minutes) * 60_000),
      failureThreshold: Number(threshold),
    };
    if (job.defaultModel !== null) body.model = model;
    action.mutate({ kind: 'settings', body });
  }

  const input =
    'w-full rounded-lg border border-border bg-surface-2 px-3 py-1.5 text-sm outline-none focus:border-accent';
  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-4 sm:items-end" aria-label={`Settings of ${job.id}`}>
      <label className="space-y-1 text-sm">
        <span className="block text-muted">Model</span>
        <select
          className={input}
          value={model}
          onChange={(e) => setModel(e.target.value)}
          disabled={job.defaultModel === null}
        >
          {job.defaultModel === null ? <option value="">none</option> : null}
          <option value="haiku">haiku</option>
          <option value="sonnet">sonnet</option>
          <option value="opus">opus</option>
        </select>
      </label>
      <label className="space-y-1 text-sm">
        <span className="block text-muted">Timeout (minutes)</span>
        <input
          className={input}
          type="number"
          min={1}
          max={360}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        {fieldErrors.timeoutMs ? <span className="text-xs text-bad">{fieldErrors.timeoutMs.join(' ')}</span> : null}
      </label>
      <label className="space-y-1 text-sm">
        <span className="block text-muted">Open circuit after</span>
        <input
          className={input}
          type="number"
          min={1}
          max={50}
          value={threshold}
          onChange={(e) => setThreshold(e.target.value)}
          aria-label="Failure threshold"
        />
        {fieldErrors.failureThreshold ? (
          <span className="text-xs text-bad">{fieldErrors.failureThreshold.join(' ')}</span>
        ) : null}
      </label>
      <div className="flex items-center gap-2">
        <Button type="submit" disabled={action.isPending}>
          {action.isPending ? 'Saving…' : 'Save settings'}
        </Button>
        {action.isSuccess ? <span className="text-xs text-ok">Saved</span> : null}
      </div>
      {action.error && !Object.keys(fieldErrors).length ? (
        <p className="text-sm text-bad sm:col-span-4">{action.error.message}</p>
      ) : null}
    </form>
  );
}
