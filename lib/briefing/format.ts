/** Small formatting helpers for the briefing text, in the owner's time zone. */
export function formatMoment(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return 'duration unknown';
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function formatTokens(inTokens: number | null, outTokens: number | null): string {
  if (inTokens === null && outTokens === null) return 'tokens not reported';
  return `${(inTokens ?? 0).toLocaleString('en')} in / ${(outTokens ?? 0).toLocaleString('en')} out tokens`;
}
