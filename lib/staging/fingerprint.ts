import { createHash } from 'node:crypto';

/** Case, line endings and runs of whitespace do not make a proposal new. */
export function normaliseContent(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** What an item is about: its declared target, else the first file it proposes. */
export function targetOf(item: { target?: string | null; files?: Array<{ targetPath: string }> }): string | null {
  return item.target ?? item.files?.[0]?.targetPath ?? null;
}

/**
 * sha256 of kind, target and normalised content (the proposed files when there are any, else the
 * body): two proposals with the same fingerprint say the same thing about the same thing.
 */
export function proposalFingerprint(item: {
  kind: string;
  target: string | null;
  body?: string;
  files?: Array<{ targetPath: string; content: string }>;
}): string {
  const content = item.files?.length
    ? item.files.map((f) => `${f.targetPath}\n${normaliseContent(f.content)}`).join('\n\0\n')
    : normaliseContent(item.body ?? '');
  return createHash('sha256')
    .update(`${item.kind}\0${item.target ?? ''}\0${content}`)
    .digest('hex');
}
