/**
 * Reads governance/CHANGELOG.md: one `## v<major>.<minor>` heading per architecture version, newest
 * first, each with bullets. A bullet that starts "Added" or "Removed", names a resource type and lists
 * names in backticks is a recorded change, e.g. "- Added extension `webserver-enforcement`." or
 * "- Removed workspace layers `_tmp` and `_old`."; every other bullet is prose for people and is not
 * compared. Drift approval writes its entries in this form, so what Buddy writes it can read back.
 */
export const CHANGE_TYPES = ['extension', 'secret', 'layer', 'container', 'job'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export type RecordedChange = { op: 'added' | 'removed'; type: ChangeType; name: string; version: string; line: number };
export type ChangelogVersion = { version: string; line: number; changes: RecordedChange[] };
export type ParsedChangelog = { versions: ChangelogVersion[] };

const HEADING = /^##\s+(v\d+\.\d+)\b/;
const CHANGE =
  /^[-*]\s+(added|removed)\s+(extensions?|secrets?|(?:workspace\s+)?layers?|containers?|jobs?)\s*:?\s+((?:`[^`]+`(?:\s*,\s*|\s+and\s+|,\s*and\s+)?)+)/i;

function typeOf(word: string): ChangeType {
  const w = word.toLowerCase();
  if (w.includes('layer')) return 'layer';
  return w.replace(/s$/, '') as ChangeType;
}

export function parseChangelog(markdown: string): ParsedChangelog {
  const versions: ChangelogVersion[] = [];
  const lines = markdown.split(/\r?\n/);
  lines.forEach((text, index) => {
    const heading = HEADING.exec(text);
    if (heading?.[1]) {
      versions.push({ version: heading[1], line: index + 1, changes: [] });
      return;
    }
    const current = versions.at(-1);
    const change = current ? CHANGE.exec(text.trim()) : null;
    if (!current || !change?.[1] || !change[2] || !change[3]) return;
    const op = change[1].toLowerCase() as RecordedChange['op'];
    const type = typeOf(change[2]);
    for (const m of change[3].matchAll(/`([^`]+)`/g))
      if (m[1]) current.changes.push({ op, type, name: m[1], version: current.version, line: index + 1 });
  });
  return { versions };
}

/** `v1.10` sorts after `v1.9`. Negative when a is older. */
export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.slice(1).split('.').map(Number);
  const [bm = 0, bn = 0] = b.slice(1).split('.').map(Number);
  return am - bm || an - bn;
}

export function newestVersion(parsed: ParsedChangelog): string | null {
  return (
    parsed.versions
      .map((v) => v.version)
      .sort(compareVersions)
      .at(-1) ?? null
  );
}

/**
 * The changelog replayed from the oldest entry: for each type it records at all, the last thing it
 * says about each name. A type the changelog never mentions is not tracked (nothing to compare).
 */
export function replayChangelog(parsed: ParsedChangelog): Map<ChangeType, Map<string, RecordedChange>> {
  const state = new Map<ChangeType, Map<string, RecordedChange>>();
  const oldestFirst = [...parsed.versions].sort((a, b) => compareVersions(a.version, b.version));
  for (const entry of oldestFirst) {
    for (const change of entry.changes) {
      const names = state.get(change.type) ?? new Map<string, RecordedChange>();
      names.set(change.name, change);
      state.set(change.type, names);
    }
  }
  return state;
}
