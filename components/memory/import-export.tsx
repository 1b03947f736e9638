'use client';

import { Download, FolderSync, Upload } from 'lucide-react';
import { useRef, useState } from 'react';
import { ApiClientError } from '../api-client';
import { Button } from '../ui/button';
import { useImportMemory, useWorkspaceSync } from './use-memory-mutations';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Reads the chosen files: one .json export, or MEMORY.md and daily notes (YYYY-MM-DD.md). */
async function toImportBody(files: File[]): Promise<unknown> {
  const big = files.find((f) => f.size > MAX_FILE_BYTES);
  if (big) throw new Error(`${big.name} is larger than 20 MB.`);
  const json = files.find((f) => f.name.endsWith('.json'));
  if (json) {
    if (files.length > 1) throw new Error('Import one JSON export at a time.');
    try {
      return JSON.parse(await json.text());
    } catch {
      throw new Error(`${json.name} is not valid JSON.`);
    }
  }
  return {
    files: await Promise.all(
      files.map(async (f) => ({
        path: /^\d{4}-\d{2}-\d{2}\.md$/.test(f.name) ? `memory/${f.name}` : f.name,
        content: await f.text(),
      })),
    ),
  };
}

export function ImportExport() {
  const input = useRef<HTMLInputElement>(null);
  const importer = useImportMemory();
  const sync = useWorkspaceSync();
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null);

  const onFiles = async (list: FileList | null) => {
    if (!list?.length) return;
    setMessage(null);
    try {
      const { report } = await importer.mutateAsync(await toImportBody([...list]));
      setMessage({
        tone: 'ok',
        text: `Imported: ${report.created} new, ${report.updated} updated, ${report.skipped} already known.`,
      });
    } catch (error) {
      const details =
        error instanceof ApiClientError
          ? Object.entries(error.fieldErrors)
              .slice(0, 3)
              .map(([k, v]) => `${k}: ${v.join(', ')}`)
          : [];
      setMessage({ tone: 'bad', text: [(error as Error).message, ...details].join(' — ') });
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  const onSync = async (direction: 'export' | 'import') => {
    setMessage(null);
    try {
      const out = await sync.mutateAsync(direction);
      setMessage({
        tone: 'ok',
        text:
          direction === 'export'
            ? `Wrote ${(out.files as string[]).length} file(s) to ${out.dir}.`
            : `Read ${(out.files as string[]).join(', ')}: ${out.created} new, ${out.updated} updated${
                out.proposed ? `, ${out.proposed} change(s) to your entries sent to Staging for approval` : ''
              }.`,
      });
    } catch (error) {
      setMessage({ tone: 'bad', text: (error as Error).message });
    }
  };

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap justify-end gap-2">
        <input
          ref={input}
          type="file"
          multiple
          accept=".json,.md,application/json,text/markdown"
          className="sr-only"
          aria-label="Import memory files"
          data-testid="import-input"
          onChange={(e) => onFiles(e.target.files)}
        />
        <Button onClick={() => input.current?.click()} disabled={importer.isPending}>
          <Upload className="size-4" aria-hidden /> {importer.isPending ? 'Importing…' : 'Import'}
        </Button>
        <a
          href="/api/memory/export?format=json"
          className="inline-flex items-center gap-2 rounded-lg border border-border bg-surface-2 px-3.5 py-2 text-sm font-medium hover:border-muted"
        >
          <Download className="size-4" aria-hidden /> JSON
        </a>
        <a
          href="/api/memory/export?format=memory-md"
          className="inline-flex items-center gap-2 rounded-lg border border-border bg-surface-2 px-3.5 py-2 text-sm font-medium hover:border-muted"
        >
          <Download className="size-4" aria-hidden /> MEMORY.md
        </a>
        <Button
          variant="ghost"
          onClick={() => onSync('export')}
          disabled={sync.isPending}
          title="Write MEMORY.md and daily notes into the agent workspace"
        >
          <FolderSync className="size-4" aria-hidden /> Sync to agents
        </Button>
        <Button
          variant="ghost"
          onClick={() => onSync('import')}
          disabled={sync.isPending}
          title="Read MEMORY.md and daily notes back from the agent workspace"
        >
          Read back
        </Button>
      </div>
      {message ? (
        <p
          role="status"
          className={message.tone === 'ok' ? 'text-sm text-ok' : 'max-w-xl text-right text-sm text-bad'}
          data-testid="import-message"
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
