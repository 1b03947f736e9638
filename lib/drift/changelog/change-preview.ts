import { structuredPatch } from 'diff';
import { extractBlock } from '../declared/extract-block';

/** Pure: the machine-readable block's change as unified-diff hunks (the prose around it is kept). */
export function blockDiff(before: string, after: string): string {
  const a = extractBlock(before)?.yaml ?? '';
  const b = extractBlock(after)?.yaml ?? '';
  const patch = structuredPatch('architecture', 'architecture', a, b, '', '', { context: 2 });
  return patch.hunks
    .map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n'))
    .join('\n');
}

/**
 * Pure: the body of an architecture change, which is what the owner reads in staging before
 * approving: the changelog entry as it will be inserted and the page's block as a diff.
 */
export function changePreview(opts: {
  pageLabel: string;
  changelogLabel: string;
  from: string | null;
  to: string;
  entry: string;
  newChangelog: boolean;
  diff: string;
  unfixable: number;
}): string {
  return [
    `Approving writes two files, each only if nobody edited it since this was proposed:`,
    '',
    `**\`${opts.changelogLabel}\`**: ${opts.newChangelog ? 'a new changelog holding this entry' : 'a new entry on top'}`,
    '',
    '```markdown',
    opts.entry.trimEnd(),
    '```',
    '',
    `**\`${opts.pageLabel}\`**: the machine-readable block, ${opts.from ?? 'no version'} → ${opts.to}; the prose is kept`,
    '',
    '```diff',
    opts.diff || '(only the version changes)',
    '```',
    ...(opts.unfixable
      ? ['', `${opts.unfixable} drift item(s), such as an unreachable engine, cannot be fixed in the documents.`]
      : []),
  ].join('\n');
}
