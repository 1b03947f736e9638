import type { JsonValue } from '../db/json';

type Row = {
  resource: string;
  fieldPath: string;
  kind: string;
  severity: string;
  declared: JsonValue;
  actual: JsonValue;
  message: string | null;
  line: number | null;
};

function show(value: JsonValue): string {
  if (value === null) return '—';
  const json = JSON.stringify(value);
  return `\`${json.length > 80 ? `${json.slice(0, 77)}...` : json}\``;
}

/** What approving will propose, worked out when the report is staged (null when it cannot be). */
export type Proposal = { version: string; lines: string[] } | null;

/** The markdown the owner reads in the staging queue: drift grouped by resource. */
export function reportBody(items: Row[], alsoOpen: number, ignored: number, proposal: Proposal = null): string {
  const groups = new Map<string, Row[]>();
  for (const item of items) groups.set(item.resource, [...(groups.get(item.resource) ?? []), item]);
  const lines = [
    `${items.length} new difference(s) between \`governance/architecture.md\` (or its changelog) and what runs` +
      (alsoOpen ? `; ${alsoOpen} other(s) already reported and still open` : '') +
      (ignored ? `; ${ignored} ignored by \`governance/.driftignore\`` : '') +
      '.',
    '',
    proposal
      ? `Approve if the documentation is wrong: Buddy then proposes, for review, the architecture page at ${proposal.version} and this changelog entry:`
      : 'Approve if the documentation is wrong: Buddy then proposes an updated architecture page and changelog entry for review.',
    ...(proposal ? ['', ...proposal.lines.map((l) => `- ${l}`), ''] : []),
    'Reject if the environment is wrong: the drift stays open on the Drift page and in each briefing until it is fixed.',
  ];
  for (const [resource, rows] of groups) {
    lines.push(
      '',
      `### ${resource}`,
      '',
      '| field | kind | severity | declared | actual |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const r of rows) {
      const field = r.fieldPath || '(resource)';
      lines.push(
        `| ${field}${r.line ? ` (line ${r.line})` : ''} | ${r.kind} | ${r.severity} | ${show(r.declared)} | ${show(r.actual)} |`,
      );
      if (r.message) lines.push(`| | | | ${r.message.replace(/\|/g, '\\|')} | |`);
    }
  }
  return lines.join('\n');
}
