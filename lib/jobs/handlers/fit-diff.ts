/** Pure helpers: a unified diff split per file and hunk, then fitted to what the model can read. */

export type Hunk = { header: string; lines: string[] };
export type FileDiff = { path: string; meta: string[]; hunks: Hunk[] };
export type SummarisedHunk = { path: string; header: string; added: number; removed: number };
export type FittedDiff = {
  text: string;
  files: number;
  hunks: number;
  /** Hunks replaced by a one-line summary, largest first: what the model did not read in full. */
  summarised: SummarisedHunk[];
  /** Files reduced to a single line because even their hunk summaries did not fit. */
  collapsedFiles: string[];
  chars: number;
  originalChars: number;
  budget: number;
};

// Roughly four characters per token for code; half of the window goes to the diff, the rest to the
// commits, the README, the instructions and the answer.
const CHARS_PER_TOKEN = 4;
const DIFF_SHARE = 0.5;

export function diffBudgetChars(contextTokens: number): number {
  return Math.max(2000, Math.floor(contextTokens * CHARS_PER_TOKEN * DIFF_SHARE));
}

export function splitDiff(raw: string): FileDiff[] {
  const files: FileDiff[] = [];
  let file: FileDiff | undefined;
  let hunk: Hunk | undefined;
  for (const line of raw.split('\n')) {
    if (line.startsWith('diff --git ')) {
      file = { path: line.replace(/^diff --git a\/(.*) b\/.*$/, '$1'), meta: [line], hunks: [] };
      hunk = undefined;
      files.push(file);
    } else if (!file) {
    } else if (line.startsWith('@@')) {
      hunk = { header: line, lines: [] };
      file.hunks.push(hunk);
    } else if (hunk) {
      if (line !== '' || hunk.lines.length > 0) hunk.lines.push(line);
    } else {
      file.meta.push(line);
      const target = line.match(/^\+\+\+ b\/(.*)$/)?.[1] ?? line.match(/^rename to (.*)$/)?.[1];
      if (target) file.path = target;
    }
  }
  for (const f of files) for (const h of f.hunks) while (h.lines.at(-1) === '') h.lines.pop();
  return files;
}

const DECLARATION =
  /\b(?:function|class|def|const|let|var|type|interface|func|fn|struct|enum|module|export\s+default)\s+([A-Za-z_$][\w$]*)/g;

function counts(hunk: Hunk) {
  let added = 0;
  let removed = 0;
  for (const l of hunk.lines) {
    if (l.startsWith('+')) added++;
    else if (l.startsWith('-')) removed++;
  }
  return { added, removed };
}

function hunkText(hunk: Hunk): string {
  return [hunk.header, ...hunk.lines].join('\n');
}

function hunkSummary(hunk: Hunk): string {
  const { added, removed } = counts(hunk);
  const names = new Set<string>();
  for (const l of hunk.lines) {
    if (!l.startsWith('+') && !l.startsWith('-')) continue;
    for (const m of l.matchAll(DECLARATION)) if (m[1] && names.size < 8) names.add(m[1]);
  }
  const mentions = names.size ? `; declares or changes: ${[...names].join(', ')}` : '';
  return `${hunk.header}\n[hunk summarised to fit the context budget: +${added} -${removed} lines${mentions}]`;
}

/**
 * The diff as text within `budget` characters. When it is too large, the largest hunks are replaced
 * by a summary line (size and the names they touch) until it fits, then whole files by one line each;
 * every file and every summarised hunk stays named, so the model knows what it was not shown.
 */
export function fitDiff(files: FileDiff[], budget: number): FittedDiff {
  type Part = { file: FileDiff; hunk: Hunk; full: string; summary: string; summarised: boolean };
  const parts: Part[] = files.flatMap((file) =>
    file.hunks.map((hunk) => ({ file, hunk, full: hunkText(hunk), summary: hunkSummary(hunk), summarised: false })),
  );
  const render = (collapsed: Set<FileDiff>) =>
    files
      .map((file) => {
        if (collapsed.has(file)) {
          const totals = file.hunks
            .map(counts)
            .reduce((a, b) => ({ added: a.added + b.added, removed: a.removed + b.removed }), {
              added: 0,
              removed: 0,
            });
          return `${file.meta[0]}\n[file summarised to fit the context budget: ${file.hunks.length} hunks, +${totals.added} -${totals.removed} lines]`;
        }
        const body = parts.filter((p) => p.file === file).map((p) => (p.summarised ? p.summary : p.full));
        return [...file.meta, ...body].join('\n');
      })
      .join('\n');
  const collapsed = new Set<FileDiff>();
  const originalChars = render(collapsed).length;
  let chars = originalChars;
  const bySize = [...parts].sort((a, b) => b.full.length - a.full.length);
  for (const part of bySize) {
    if (chars <= budget) break;
    if (part.summary.length >= part.full.length) continue;
    part.summarised = true;
    chars -= part.full.length - part.summary.length;
  }
  if (chars > budget) {
    const fileSize = (file: FileDiff) => parts.filter((p) => p.file === file).reduce((n, p) => n + p.full.length, 0);
    for (const file of [...files].sort((a, b) => fileSize(b) - fileSize(a))) {
      collapsed.add(file);
      if (render(collapsed).length <= budget) break;
    }
  }
  const text = render(collapsed);
  return {
    text,
    files: files.length,
    hunks: parts.length,
    summarised: parts
      .filter((p) => p.summarised && !collapsed.has(p.file))
      .sort((a, b) => b.full.length - a.full.length)
      .map((p) => ({ path: p.file.path, header: p.hunk.header, ...counts(p.hunk) })),
    collapsedFiles: files.filter((f) => collapsed.has(f)).map((f) => f.path),
    chars: text.length,
    originalChars,
    budget,
  };
}
