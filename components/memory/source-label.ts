export function sourceLabel(kind: string, id: string | null): string {
  const short = id && id.length > 28 ? `${id.slice(0, 26)}…` : id;
  if (kind === 'job-run') return `Job run ${short ?? ''}`.trim();
  if (kind === 'agent-session') return `Agent session ${short ?? ''}`.trim();
  if (kind === 'import') return `Imported from ${short ?? 'a file'}`;
  return 'Owner';
}
