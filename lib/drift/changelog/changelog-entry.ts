import type { DocPatch } from '../types';
import { CHANGE_TYPES, type ChangeType } from './parse-changelog';
import { NOUN, RESOURCE_PREFIX } from './compare-changelog';

/** A drift item as the approval reads it back (values parsed from their stored JSON). */
export type DecidedDrift = { resource: string; kind: string; declared: unknown; actual: unknown; patch?: DocPatch };

const LIST_TYPE: Record<string, ChangeType> = {
  extensions: 'extension',
  secrets: 'secret',
  'workspace.layers': 'layer',
};
const show = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

function fromChangelogItem(item: DecidedDrift): string | null {
  const rest = item.resource.slice('changelog.'.length);
  const type = CHANGE_TYPES.find((t) => rest.startsWith(`${RESOURCE_PREFIX[t]}.`));
  if (!type) return null; // changelog.version: the new entry itself settles it
  const name = rest.slice(RESOURCE_PREFIX[type].length + 1);
  return `${item.kind === 'missing' ? 'Removed' : 'Added'} ${NOUN[type]} \`${name}\`.`;
}

function fromPatch(patch: DocPatch): string | null {
  const [section, name] = patch.path;
  const listType = LIST_TYPE[patch.path.join('.')];
  if (patch.op === 'list-add' && listType) return `Added ${NOUN[listType]} ${show(patch.value)}.`;
  if (patch.op === 'list-remove' && listType) return `Removed ${NOUN[listType]} ${show(patch.value)}.`;
  const whole = patch.path.length === 2 && (section === 'containers' || section === 'jobs');
  const noun = section === 'containers' ? 'container' : 'job';
  if (whole && patch.op === 'set') return `Added ${noun} \`${name}\`.`;
  if (whole && patch.op === 'delete') return `Removed ${noun} \`${name}\`.`;
  if (patch.op === 'set') return `Changed \`${patch.path.join('.')}\` to ${show(patch.value)}.`;
  if (patch.op === 'delete') return `Removed \`${patch.path.join('.')}\` from the page.`;
  return null;
}

/**
 * Pure: the changelog bullets for the drift an approval accepts, in the form parseChangelog reads
 * back ("Added extension `x`."), so the next check finds the changelog and the environment agreeing.
 */
export function changelogLines(items: DecidedDrift[]): string[] {
  const lines = items.map((item) =>
    item.resource.startsWith('changelog.') ? fromChangelogItem(item) : item.patch ? fromPatch(item.patch) : null,
  );
  const unique = [...new Set(lines.filter((l): l is string => l !== null))];
  return unique.length ? unique : ['Architecture page and changelog brought to the same version.'];
}

/** Pure: the changelog with a new entry on top (newest first), or a new changelog holding only it. */
export function insertChangelogEntry(
  markdown: string | null,
  entry: { version: string; date: string; lines: string[] },
): { content: string; entry: string } {
  const text = `## ${entry.version} (${entry.date})\n${entry.lines.map((l) => `- ${l}`).join('\n')}\n`;
  if (!markdown?.trim()) return { content: `# Architecture changelog\n\n${text}`, entry: text };
  const first = /^## /m.exec(markdown);
  if (!first) return { content: `${markdown.replace(/\n*$/, '\n\n')}${text}`, entry: text };
  return { content: `${markdown.slice(0, first.index)}${text}\n${markdown.slice(first.index)}`, entry: text };
}
