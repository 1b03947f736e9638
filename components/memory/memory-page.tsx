'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import { Button } from '../ui/button';
import { PageHeader } from '../ui/page-header';
import { BulkBar } from './bulk-bar';
import { Composer } from './composer';
import { DuplicatesPanel } from './duplicates-panel';
import { FilterChips } from './filter-chips';
import { ImportExport } from './import-export';
import { filtersToQuery, type MemoryFilters } from './keys';
import { MemoryCard } from './memory-card';
import type { SearchReply } from './types';
import { SearchBar } from './search-bar';
import { UndoToast } from './undo-toast';
import { useDebounced } from './use-debounced';
import { useBulkMemory, useDeleteMemory, useUndeleteMemory } from './use-memory-mutations';
import { useMemorySearch } from './use-memory-queries';

const INITIAL: MemoryFilters = { q: '', status: 'active', category: [], tag: [], source: [], expiry: 'any' };

/** `initial`: the first page of active entries, rendered on the server (the unfiltered view the page opens on). */
export function MemoryPage({ initial }: { initial?: SearchReply }) {
  // The command palette opens a search here (/memory?q=...).
  const initialQ = useSearchParams().get('q') ?? '';
  const [filters, setFilters] = useState<MemoryFilters>(() => ({ ...INITIAL, q: initialQ }));
  const debouncedQ = useDebounced(filters.q, 150);
  const query = useMemo(() => ({ ...filters, q: debouncedQ }), [filters, debouncedQ]);
  // The server's page seeds only the view it was rendered for, never a filtered one.
  const search = useMemorySearch(query, filtersToQuery(query) === filtersToQuery(INITIAL) ? initial : undefined);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [undo, setUndo] = useState<{ ids: string[]; text: string } | null>(null);
  const del = useDeleteMemory();
  const undel = useUndeleteMemory();
  const { mutate: deleteEntry } = del;
  const { mutate: undeleteEntry } = undel;
  const bulk = useBulkMemory();
  const pages = search.data?.pages;
  const items = useMemo(() => pages?.flatMap((p) => p.items) ?? [], [pages]);
  const first = pages?.[0];

  const changeFilters = (next: MemoryFilters) => {
    setFilters(next);
    setSelected(new Set());
  };
  // The cards' callbacks are stable (the cards are memoised).
  const remove = useCallback(
    (id: string) => deleteEntry(id, { onSuccess: () => setUndo({ ids: [id], text: 'Entry moved to the trash.' }) }),
    [deleteEntry],
  );
  const select = useCallback(
    (id: string, on: boolean) =>
      setSelected((s) => {
        const next = new Set(s);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const undoDelete = useCallback(() => {
    if (!undo) return;
    if (undo.ids.length === 1) undel.mutate(undo.ids[0] as string);
    else bulk.mutate({ ids: undo.ids, action: 'undelete' });
    setUndo(null);
  }, [undo, undel, bulk]);
  const closeUndo = useCallback(() => setUndo(null), []);
  const runBulk = (action: string) => {
    const ids = [...selected];
    bulk.mutate(
      { ids, action },
      {
        onSuccess: () => {
          setSelected(new Set());
          if (action === 'delete') setUndo({ ids, text: `${ids.length} entries moved to the trash.` });
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title="Memory"
        description="What the agents remember. Keep it true, current and free of duplicates; every entry says who wrote it."
        actions={<ImportExport />}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-4">
          <SearchBar value={filters.q} onChange={(q) => changeFilters({ ...filters, q })} busy={search.isFetching} />
          <FilterChips filters={filters} onChange={changeFilters} />
          {filters.status === 'active' ? <Composer /> : null}
          <BulkBar
            count={selected.size}
            busy={bulk.isPending}
            inTrash={filters.status === 'deleted'}
            onAction={runBulk}
            onClear={() => setSelected(new Set())}
          />
          {search.error ? <p className="text-sm text-bad">Could not search: {search.error.message}</p> : null}
          {bulk.error ? <p className="text-sm text-bad">{bulk.error.message}</p> : null}
          {del.error ? <p className="text-sm text-bad">{del.error.message}</p> : null}
          <p className="text-xs text-muted" aria-live="polite" data-testid="result-count">
            {search.isPending
              ? 'Loading…'
              : `${items.length}${search.hasNextPage ? '+' : ''} ${items.length === 1 ? 'entry' : 'entries'}${debouncedQ.trim() ? ` matching “${debouncedQ.trim()}”` : ''}`}
            <span className="ml-3 hidden sm:inline">
              <kbd className="font-mono">/</kbd> search · <kbd className="font-mono">n</kbd> new · on an entry:{' '}
              <kbd className="font-mono">e</kbd> edit, <kbd className="font-mono">p</kbd> pin,{' '}
              <kbd className="font-mono">h</kbd> history, <kbd className="font-mono">x</kbd> select
            </span>
          </p>
          {first?.order === 'newest' ? (
            <p className="-mt-2 text-xs text-text" data-testid="newest-first">
              More than {first.matchesOver?.toLocaleString('en')} entries match, so they are listed newest first. Add a
              word to rank them by relevance.
            </p>
          ) : null}
          {!search.isPending && items.length === 0 ? (
            <div className="rounded-xl border border-dashed border-border p-10 text-center text-sm text-muted">
              {debouncedQ.trim() ? 'Nothing matches. Try fewer words or clear a filter.' : 'No entries here yet.'}
            </div>
          ) : null}
          <ul className="space-y-3">
            {items.map((hit) => (
              <li key={hit.entry.id} data-list-item>
                <MemoryCard
                  hit={hit}
                  selected={selected.has(hit.entry.id)}
                  onSelect={select}
                  onDelete={remove}
                  onUndelete={undeleteEntry}
                />
              </li>
            ))}
          </ul>
          {search.hasNextPage ? (
            <Button
              className="w-full"
              onClick={() => search.fetchNextPage()}
              disabled={search.isFetchingNextPage}
              data-testid="show-more"
            >
              {search.isFetchingNextPage ? 'Loading…' : 'Show more'}
            </Button>
          ) : null}
        </div>
        <aside className="space-y-4">
          <DuplicatesPanel />
        </aside>
      </div>
      {undo ? <UndoToast text={undo.text} onUndo={undoDelete} onClose={closeUndo} /> : null}
    </>
  );
}
