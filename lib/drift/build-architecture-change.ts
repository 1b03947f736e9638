import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { JsonValue } from '../db/json';
import { env } from '../env';
import { changelogLines, type DecidedDrift, insertChangelogEntry } from './changelog/changelog-entry';
import { blockDiff, changePreview } from './changelog/change-preview';
import { newestVersion, parseChangelog } from './changelog/parse-changelog';
import { parseArchitecture } from './declared/parse-architecture';
import { nextArchitectureVersion, proposeArchitecture, sha256 } from './propose-architecture';
import { driftRoots } from './roots';
import { patchSchema } from './types';

type StoredItem = {
  resource: string;
  kind: string;
  declared: JsonValue;
  actual: JsonValue;
  patch: JsonValue;
};

const today = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** How a file is named to the owner: relative to Buddy's folder when inside it. */
function label(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/**
 * What approving a drift report ("the documentation is wrong") proposes: the architecture page with
 * the accepted patches and the next version, and the changelog with an entry for that version saying
 * what changed. Both are read now and carried with their hashes, so a later edit to either turns the
 * approval of the change into a conflict instead of overwriting it.
 */
export async function buildArchitectureChange(items: StoredItem[]) {
  const roots = driftRoots();
  // Sorted, so the entry reads the same as the report (grouped by resource).
  const sorted = [...items].sort((a, b) => a.resource.localeCompare(b.resource));
  const decided: DecidedDrift[] = sorted.map((i) => ({
    resource: i.resource,
    kind: i.kind,
    declared: i.declared,
    actual: i.actual,
    patch: i.patch === null ? undefined : patchSchema.parse(i.patch),
  }));
  const page = await readFile(roots.architectureFile, 'utf8');
  const changelog = await readFile(roots.changelogFile, 'utf8').catch(() => null);
  const from = parseArchitecture(page).declared.version ?? null;
  const version = nextArchitectureVersion(from, changelog ? newestVersion(parseChangelog(changelog)) : null);
  const patches = decided.flatMap((d) => (d.patch ? [d.patch] : []));
  const { content } = proposeArchitecture(page, patches, { version });
  const lines = changelogLines(decided);
  const next = insertChangelogEntry(changelog, { version, date: today(env().BUDDY_TZ), lines });
  const unfixable = decided.filter((d) => !d.patch && !d.resource.startsWith('changelog.')).length;
  const pageLabel = label(roots.architectureFile);
  const changelogLabel = label(roots.changelogFile);
  return {
    version,
    patches: patches.length,
    lines,
    unfixable,
    body: changePreview({
      pageLabel,
      changelogLabel,
      from,
      to: version,
      entry: next.entry,
      newChangelog: changelog === null,
      diff: blockDiff(page, content),
      unfixable,
    }),
    page: { label: pageLabel, baseHash: sha256(page), content },
    changelog: {
      label: changelogLabel,
      baseHash: changelog === null ? null : sha256(changelog),
      content: next.content,
    },
  };
}
