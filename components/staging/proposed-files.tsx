'use client';

import { AlertTriangle } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../ui/button';
import { FileDiff } from './file-diff';
import type { DetailFile } from './types';

function note(file: DetailFile): string | null {
  if (file.current.state === 'refused') return `Cannot be written: ${file.current.reason}.`;
  if (file.stale) return 'The workspace file changed since the job read it: approving will be refused as a conflict.';
  if (file.current.state === 'too-large')
    return 'The current file is too large to show; the diff is against an empty file.';
  return null;
}

export function ProposedFiles({ files }: { files: DetailFile[] }) {
  const [mode, setMode] = useState<'unified' | 'split'>('split');
  if (files.length === 0) return null;
  return (
    <section className="mt-6" aria-label="Proposed files">
      <div className="mb-2 flex items-center justify-between">
        <h3 className="text-sm font-semibold">Proposed {files.length === 1 ? 'file' : `files (${files.length})`}</h3>
        <fieldset className="flex gap-1">
          <legend className="sr-only">Diff layout</legend>
          {(['split', 'unified'] as const).map((m) => (
            <Button
              key={m}
              variant={mode === m ? 'primary' : 'ghost'}
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
              className="px-2.5 py-1 text-xs"
            >
              {m === 'split' ? 'Side by side' : 'Unified'}
            </Button>
          ))}
        </fieldset>
      </div>
      <div className="space-y-4">
        {files.map((file) => {
          const warning = note(file);
          return (
            <div key={file.id}>
              {warning ? (
                <p className="mb-1.5 flex items-center gap-1.5 text-xs text-warn" data-testid="file-warning">
                  <AlertTriangle className="size-3.5" aria-hidden /> {warning}
                </p>
              ) : null}
              <FileDiff
                path={file.targetPath}
                before={file.current.state === 'present' ? file.current.content : ''}
                after={file.content}
                mode={mode}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}
