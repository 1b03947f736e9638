'use client';

import { useMemo } from 'react';
import { cn } from '../ui/cn';
import { type DiffLine, type Fold, foldUnchanged, type SplitRow, splitRows, unifiedLines } from './diff-rows';
import { highlightLine, languageOf } from './highlight';
import './staging.css';

const TONE = { add: 'bg-ok/10', del: 'bg-bad/10', same: '' } as const;
const SIGN = { add: '+', del: '-', same: ' ' } as const;

function isFold(row: unknown): row is Fold {
  return (row as Fold).kind === 'fold';
}

function Code({ line, language, side }: { line: DiffLine | null; language?: string; side: 'old' | 'new' | 'both' }) {
  if (!line) return <td className="bg-surface-2/60" colSpan={2} />;
  const numbers = side === 'old' ? [line.oldNo] : side === 'new' ? [line.newNo] : [line.oldNo, line.newNo];
  return (
    <>
      {numbers.map((n, i) => (
        <td key={i === 0 ? 'a' : 'b'} className="w-10 select-none px-2 text-right text-muted">
          {n}
        </td>
      ))}
      <td className={cn('whitespace-pre-wrap break-all px-2', TONE[line.kind])}>
        <span className="select-none text-muted">{SIGN[line.kind]} </span>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: highlightLine escapes the text; its output holds only highlight.js spans. */}
        <code dangerouslySetInnerHTML={{ __html: highlightLine(line.text, language) }} />
      </td>
    </>
  );
}

function lineKey(line: DiffLine | null): string {
  return line ? `${line.kind}:${line.oldNo}:${line.newNo}` : '-';
}

function FoldRow({ hidden, span }: { hidden: number; span: number }) {
  return (
    <tr>
      <td colSpan={span} className="bg-surface-2 px-3 py-1 text-center text-muted">
        … {hidden} unchanged {hidden === 1 ? 'line' : 'lines'}
      </td>
    </tr>
  );
}

/** A proposed file against the workspace file, unified or side by side, syntax highlighted. */
export function FileDiff({
  path,
  before,
  after,
  mode,
}: {
  path: string;
  before: string;
  after: string;
  mode: 'unified' | 'split';
}) {
  const language = languageOf(path);
  const lines = useMemo(() => unifiedLines(before, after), [before, after]);
  const added = lines.filter((l) => l.kind === 'add').length;
  const removed = lines.filter((l) => l.kind === 'del').length;
  const rows = useMemo(
    () =>
      mode === 'unified'
        ? foldUnchanged(lines, (l) => l.kind === 'same')
        : foldUnchanged(splitRows(lines), (r: SplitRow) => r.left?.kind === 'same'),
    [lines, mode],
  );
  return (
    <div className="overflow-hidden rounded-lg border border-border" data-testid="file-diff">
      <div className="flex items-center justify-between border-b border-border bg-surface-2 px-3 py-1.5 text-xs">
        <span className="font-mono">{path}</span>
        <span>
          <span className="text-ok">+{added}</span> <span className="text-bad">−{removed}</span>
        </span>
      </div>
      <div className="max-h-[28rem] overflow-auto">
        <table className="hljs-diff w-full border-collapse font-mono text-xs leading-5">
          <tbody>
            {rows.map((row) =>
              isFold(row) ? (
                <FoldRow key={row.key} hidden={row.hidden} span={mode === 'unified' ? 3 : 4} />
              ) : mode === 'unified' ? (
                <tr key={lineKey(row as DiffLine)}>
                  <Code line={row as DiffLine} language={language} side="both" />
                </tr>
              ) : (
                <tr key={`${lineKey((row as SplitRow).left)}|${lineKey((row as SplitRow).right)}`}>
                  <Code line={(row as SplitRow).left} language={language} side="old" />
                  <Code line={(row as SplitRow).right} language={language} side="new" />
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
