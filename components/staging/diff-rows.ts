import { diffLines } from 'diff';

export type DiffLine = { kind: 'same' | 'add' | 'del'; text: string; oldNo: number | null; newNo: number | null };
export type SplitRow = { left: DiffLine | null; right: DiffLine | null };
export type Fold = { kind: 'fold'; hidden: number; key: string };

function splitLines(value: string): string[] {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Line-level diff (jsdiff) as numbered lines for the unified view. */
export function unifiedLines(before: string, after: string): DiffLine[] {
  const out: DiffLine[] = [];
  let oldNo = 1;
  let newNo = 1;
  for (const part of diffLines(before, after)) {
    for (const text of splitLines(part.value)) {
      if (part.added) out.push({ kind: 'add', text, oldNo: null, newNo: newNo++ });
      else if (part.removed) out.push({ kind: 'del', text, oldNo: oldNo++, newNo: null });
      else out.push({ kind: 'same', text, oldNo: oldNo++, newNo: newNo++ });
    }
  }
  return out;
}

/** Pairs removed and added runs side by side; unchanged lines appear on both sides. */
export function splitRows(lines: DiffLine[]): SplitRow[] {
  const rows: SplitRow[] = [];
  let dels: DiffLine[] = [];
  let adds: DiffLine[] = [];
  const flush = () => {
    for (let i = 0; i < Math.max(dels.length, adds.length); i++)
      rows.push({ left: dels[i] ?? null, right: adds[i] ?? null });
    dels = [];
    adds = [];
  };
  for (const line of lines) {
    if (line.kind === 'del') dels.push(line);
    else if (line.kind === 'add') adds.push(line);
    else {
      flush();
      rows.push({ left: line, right: line });
    }
  }
  flush();
  return rows;
}

/** Keeps `context` unchanged rows around changes and folds longer unchanged stretches. */
export function foldUnchanged<T>(rows: T[], isSame: (row: T) => boolean, context = 3): (T | Fold)[] {
  const keep = rows.map(
    (row, i) => !isSame(row) || rows.slice(Math.max(0, i - context), i + context + 1).some((r) => !isSame(r)),
  );
  const out: (T | Fold)[] = [];
  let hidden = 0;
  rows.forEach((row, i) => {
    if (keep[i]) {
      if (hidden > 0) out.push({ kind: 'fold', hidden, key: `fold-${i - hidden}` });
      hidden = 0;
      out.push(row);
    } else hidden++;
  });
  if (hidden > 0) out.push({ kind: 'fold', hidden, key: `fold-${rows.length - hidden}` });
  return out;
}
