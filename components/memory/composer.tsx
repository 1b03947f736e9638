'use client';

import { Plus } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { ApiClientError } from '../api-client';
import { Button } from '../ui/button';
import { RelatedWarning } from './related-warning';
import { useCreateMemory } from './use-memory-mutations';

/** Writes a new entry as the owner. "n" focuses it; Ctrl/Cmd+Enter saves. */
export function Composer() {
  const [content, setContent] = useState('');
  const [category, setCategory] = useState('general');
  const [tags, setTags] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  const create = useCreateMemory();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        e.key === 'n' &&
        !e.metaKey &&
        !e.ctrlKey &&
        !/^(INPUT|TEXTAREA|SELECT)$/.test((e.target as HTMLElement).tagName)
      ) {
        e.preventDefault();
        ref.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const save = () =>
    create.mutate(
      {
        content,
        category,
        tags: tags
          .split(/[\s,]+/)
          .map((t) => t.replace(/^#/, '').toLowerCase())
          .filter(Boolean),
      },
      { onSuccess: () => setContent('') },
    );
  const error = create.error instanceof ApiClientError ? create.error : null;
  return (
    <form
      aria-label="New memory entry"
      className="rounded-xl border border-dashed border-border bg-surface/60 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <textarea
        ref={ref}
        aria-label="New memory"
        placeholder="Remember something… (press n)"
        value={content}
        rows={content ? 3 : 1}
        onChange={(e) => setContent(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            save();
          }
        }}
        className="w-full resize-none bg-transparent text-sm outline-none placeholder:text-muted"
      />
      <RelatedWarning content={content} />
      {content ? (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <input
            aria-label="Category"
            value={category}
            onChange={(e) => setCategory(e.target.value)}
            className="w-32 rounded-lg border border-border bg-surface-2 px-2 py-1 text-xs outline-none focus:border-accent"
          />
          <input
            aria-label="Tags"
            placeholder="tags, comma separated"
            value={tags}
            onChange={(e) => setTags(e.target.value)}
            className="w-52 rounded-lg border border-border bg-surface-2 px-2 py-1 text-xs outline-none focus:border-accent"
          />
          <Button type="submit" variant="primary" className="ml-auto px-3 py-1.5 text-xs" disabled={create.isPending}>
            <Plus className="size-3.5" aria-hidden /> Remember
          </Button>
        </div>
      ) : null}
      {error ? (
        <p className="mt-2 text-xs text-bad">
          {error.message}{' '}
          {Object.entries(error.fieldErrors)
            .map(([k, v]) => `${k}: ${v.join(', ')}`)
            .join('; ')}
        </p>
      ) : null}
    </form>
  );
}
