'use client';

import { useState } from 'react';
import { ApiClientError } from '../api-client';
import { Button } from '../ui/button';
import type { MemoryView } from './types';
import { useUpdateMemory } from './use-memory-mutations';

const parseTags = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((t) => t.replace(/^#/, '').trim().toLowerCase())
    .filter(Boolean);

/** Inline editor: Ctrl/Cmd+Enter saves, Escape cancels. A conflict keeps the draft and says why. */
export function EntryEditor({ entry, onDone }: { entry: MemoryView; onDone: () => void }) {
  const [content, setContent] = useState(entry.content);
  const [category, setCategory] = useState(entry.category);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const [expiresAt, setExpiresAt] = useState(entry.expiresAt ? entry.expiresAt.slice(0, 10) : '');
  // The version this edit started from. A live refresh may bring a newer entry while the owner
  // types; saving must still be checked against what they saw, so the server can report a conflict.
  const [baseVersion] = useState(entry.version);
  const changedMeanwhile = entry.version !== baseVersion;
  const update = useUpdateMemory();
  const error = update.error instanceof ApiClientError ? update.error : null;
  const fieldError = (name: string) => error?.fieldErrors[name]?.join(', ');

  const save = () =>
    update.mutate(
      {
        id: entry.id,
        version: baseVersion,
        content,
        category,
        tags: parseTags(tags),
        expiresAt: expiresAt ? new Date(`${expiresAt}T23:59:59`).toISOString() : null,
      },
      { onSuccess: onDone },
    );

  return (
    <form
      className="space-y-3"
      aria-label="Edit memory entry"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
        if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
          e.preventDefault();
          save();
        }
      }}
    >
      <textarea
        aria-label="Content"
        // biome-ignore lint/a11y/noAutofocus: the editor opens because the owner asked to edit this entry
        autoFocus
        value={content}
        onChange={(e) => setContent(e.target.value)}
        rows={Math.min(14, Math.max(3, content.split('\n').length + 1))}
        className="w-full rounded-lg border border-border bg-surface-2 px-3 py-2 font-mono text-sm leading-relaxed outline-none focus:border-accent"
      />
      {fieldError('content') ? <p className="text-xs text-bad">Content {fieldError('content')}</p> : null}
      <div className="grid gap-2 sm:grid-cols-3">
        <label className="text-xs text-muted">
          Category
          <input
            value={category}
            onChange={(e) => setCategory(e.target.value)}
            className="mt-1 w-full rounded-lg border border-border bg-surface-2 px-2.5 py-1.5 text-sm text-text outline-none focus:border-accent"
          />
        </label>
        <label className="text-xs text-muted">
          Tags (comma separated)
          <input
            value={tags}
            onChange={(e) => setTags(e.target.value)}
            className="mt-1 w-full rounded-lg border border-border bg-surface-2 px-2.5 py-1.5 text-sm text-text outline-none focus:border-accent"
          />
        </label>
        <label className="text-xs text-muted">
          Expires
          <input
            type="date"
            value={expiresAt}
            onChange={(e) => setExpiresAt(e.target.value)}
            className="mt-1 w-full rounded-lg border border-border bg-surface-2 px-2.5 py-1.5 text-sm text-text outline-none focus:border-accent"
          />
        </label>
      </div>
      {changedMeanwhile && !error ? (
        <p className="rounded-lg border border-warn/40 bg-warn/10 px-3 py-2 text-sm text-warn">
          Someone else changed this entry while you were editing. Saving will be refused; copy your text, cancel and
          edit again.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-lg border border-bad/40 bg-bad/10 px-3 py-2 text-sm text-bad">
          {error.status === 409 ? `Not saved: ${error.message}` : error.message}
        </p>
      ) : null}
      <div className="flex items-center gap-2">
        <Button type="submit" variant="primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <span className="ml-auto text-xs text-muted">
          <kbd className="font-mono">Ctrl</kbd>+<kbd className="font-mono">Enter</kbd> saves ·{' '}
          <kbd className="font-mono">Esc</kbd> cancels
        </span>
      </div>
    </form>
  );
}
