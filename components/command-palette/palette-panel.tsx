'use client';

import { CircleAlert, CircleCheck, CornerDownLeft, LoaderCircle, Search } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { apiFetch } from '../api-client';
import { jobsKeys } from '../jobs/keys';
import type { JobsList } from '../jobs/types';
import { useSkills } from '../skills/use-skills';
import { cn } from '../ui/cn';
import { Modal } from '../ui/modal';
import { ACTIONS, matchesQuery, NAVIGATION, type PaletteCommand, runJobCommand } from './actions';
import { useContentCommands } from './use-content-commands';

function useSkillCommands(): PaletteCommand[] {
  const { data } = useSkills();
  return useMemo(
    () =>
      (data?.skills ?? [])
        .filter((s) => s.userInvocable && s.slashCommand)
        .map((s) => ({
          id: `skill-${s.name}`,
          group: 'Skills' as const,
          label: `/${s.slashCommand}`,
          hint: s.ownerOnly ? 'owner-only' : (s.category ?? undefined),
          icon: s.emoji,
          keywords: `${s.name} ${s.description} ${s.category ?? ''}`.toLowerCase(),
          run: { href: `/skills?skill=${encodeURIComponent(s.name)}` },
        })),
    [data],
  );
}

// The Jobs page's own query (same key), so an open Jobs page and the palette share one fetch.
function useJobCommands(): PaletteCommand[] {
  const { data } = useQuery({ queryKey: jobsKeys.list(), queryFn: () => apiFetch<JobsList>('/api/jobs') });
  return useMemo(() => (data?.jobs ?? []).map(runJobCommand), [data]);
}

/**
 * The open palette: Buddy's actions, every section, the jobs, the user-invocable skills and content
 * (memory, staged items), filtered as you type. Loaded the first time it opens (command-palette.tsx).
 */
export function PalettePanel({ onClose }: { onClose: () => void }) {
  const router = useRouter();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<{ tone: 'ok' | 'bad' | 'muted'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const skills = useSkillCommands();
  const jobs = useJobCommands();
  const content = useContentCommands(query);

  useEffect(() => {
    requestAnimationFrame(() => inputRef.current?.focus());
  }, []);

  const results = useMemo(
    () => [...[...ACTIONS, ...jobs, ...NAVIGATION, ...skills].filter((c) => matchesQuery(c, query)), ...content],
    [query, jobs, skills, content],
  );

  async function run(command: PaletteCommand | undefined) {
    if (!command || busy) return; // one operation at a time: a second Enter must not run it twice
    if ('href' in command.run) {
      onClose();
      router.push(command.run.href);
      return;
    }
    setBusy(true);
    setStatus({ tone: 'muted', text: `${command.label}…` });
    try {
      setStatus({ tone: 'ok', text: await command.run.task() });
    } catch (error) {
      setStatus({ tone: 'bad', text: `${command.label}: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      aria-label="Command palette"
      aria-busy={busy}
      closeOnBackdrop
      onClose={onClose}
      className="mt-[12vh] max-w-xl overflow-hidden shadow-2xl backdrop:backdrop-blur-sm"
    >
      <div className="flex items-center gap-2 border-b border-border px-3">
        <Search className="size-4 text-muted" aria-hidden />
        <input
          ref={inputRef}
          role="combobox"
          aria-expanded="true"
          aria-controls="command-palette-list"
          aria-activedescendant={results[active] ? `cmd-${results[active].id}` : undefined}
          aria-label="Type a command or search"
          placeholder="A command, a page, a job, a staged item or a memory…"
          className="w-full bg-transparent py-3 text-sm placeholder:text-muted"
          // the global :focus-visible ring would box the input inside the dialog; the caret shows focus
          style={{ outline: 'none' }}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') void run(results[active]);
            else return;
            e.preventDefault();
          }}
        />
        <kbd className="rounded border border-border px-1.5 text-[10px] text-muted">Esc</kbd>
      </div>
      <div
        id="command-palette-list"
        role="listbox"
        aria-label="Commands"
        className="max-h-[55vh] overflow-y-auto p-1.5"
      >
        {results.length === 0 ? (
          <p className="px-3 py-6 text-center text-sm text-muted">Nothing matches “{query}”.</p>
        ) : null}
        {results.map((c, i) => {
          const header = i === 0 || results[i - 1]?.group !== c.group;
          const Icon = c.icon;
          return (
            <Fragment key={c.id}>
              {header ? (
                <div
                  role="presentation"
                  className="px-2.5 pt-2 pb-1 text-[11px] font-semibold uppercase tracking-wide text-muted"
                >
                  {c.group}
                </div>
              ) : null}
              <div
                id={`cmd-${c.id}`}
                role="option"
                aria-selected={i === active}
                tabIndex={-1}
                onMouseMove={() => setActive(i)}
                onClick={() => void run(c)}
                onKeyDown={() => undefined}
                className={cn(
                  'flex cursor-pointer items-center gap-2.5 rounded-lg px-2.5 py-2 text-sm',
                  i === active ? 'bg-surface-2 text-text' : 'text-muted',
                )}
              >
                {typeof Icon === 'string' ? (
                  <span aria-hidden className="w-4 text-center">
                    {Icon}
                  </span>
                ) : (
                  <Icon className="size-4" aria-hidden />
                )}
                <span className={cn('truncate', c.group === 'Skills' && 'font-mono')}>{c.label}</span>
                {c.hint ? <span className="ml-auto shrink-0 text-xs text-muted">{c.hint}</span> : null}
                {i === active ? (
                  <CornerDownLeft className={cn('size-3.5 shrink-0', !c.hint && 'ml-auto')} aria-hidden />
                ) : null}
              </div>
            </Fragment>
          );
        })}
      </div>
      {status ? (
        <p
          role="status"
          data-tone={status.tone}
          className={cn(
            'flex items-start gap-2 border-t border-border px-3 py-2 text-sm',
            { ok: 'text-ok', bad: 'text-bad', muted: 'text-muted' }[status.tone],
          )}
        >
          {status.tone === 'ok' ? <CircleCheck className="mt-0.5 size-4 shrink-0" aria-hidden /> : null}
          {status.tone === 'bad' ? <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden /> : null}
          {status.tone === 'muted' ? (
            <LoaderCircle className="mt-0.5 size-4 shrink-0 animate-spin" aria-hidden />
          ) : null}
          <span>{status.text}</span>
        </p>
      ) : null}
    </Modal>
  );
}
