import path from 'node:path';
import { env } from '../../env';
import { openDirNoFollow, writeFileNoFollow } from '../../staging/no-follow-fs';
import type { DigestEntry } from './build-digest';

export const DIGEST_FILE = '_intel/news-digest.md';

/**
 * The digest as the content jobs read it: one line per story with a short id ([S1], [S2], ...) that a
 * draft names when it uses the story. The ids are positions in this day's digest.
 */
export function digestMarkdown(day: string, entries: DigestEntry[]): string {
  const lines = [`# News digest ${day}`, ''];
  if (entries.length === 0) lines.push('No stories in the last 24 hours.');
  entries.forEach((e, i) => {
    const also = e.sources.length > 1 ? ` (also: ${e.sources.slice(1).join(', ')})` : '';
    lines.push(`- [S${i + 1}] ${e.title} | ${e.sources[0] ?? 'unknown source'}${also}${e.url ? ` | ${e.url}` : ''}`);
  });
  return `${lines.join('\n')}\n`;
}

/**
 * Writes the digest into the workspace's `_intel/` folder, the intelligence layer's own output (never
 * owner content), replacing yesterday's atomically so a content job never reads half a file. No link
 * is followed on the way (a planted `_intel -> _governance` link is refused, not written through).
 */
export async function writeDigestFile(day: string, entries: DigestEntry[], workspaceDir = env().workspaceDir) {
  const [folder, name] = DIGEST_FILE.split('/') as [string, string];
  const dir = openDirNoFollow(workspaceDir, [folder], { create: true });
  if (!dir) throw new Error(`cannot open ${folder} in the workspace`);
  try {
    writeFileNoFollow(dir, name, digestMarkdown(day, entries));
  } finally {
    dir.close();
  }
  return path.join(workspaceDir, DIGEST_FILE);
}
