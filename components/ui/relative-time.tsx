'use client';

import { useSyncExternalStore } from 'react';
import { groupThousands } from './chip-count';
import { showExactTime } from './format-date';

const UNITS: [unit: string, ms: number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];
const TICK_MS = 15_000;

/**
 * "3 hours ago", "in 2 days", "yesterday": what Intl.RelativeTimeFormat('en', { numeric: 'auto' })
 * says, written out. The first Intl formatter of a page loads ICU's data (35-50 ms measured in
 * Chromium, four times that on a phone) in the middle of hydrating every list with a timestamp.
 */
export function formatRelative(iso: string, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  // Within a few seconds either way (clock skew, a timestamp newer than the last tick) reads as now.
  if (Math.abs(diff) < 5000) return 'just now';
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) < ms && unit !== 'second') continue;
    const n = Math.round(diff / ms);
    if (unit === 'day' && n === -1) return 'yesterday';
    if (unit === 'day' && n === 1) return 'tomorrow';
    const amount = `${groupThousands(Math.abs(n))} ${unit}${Math.abs(n) === 1 ? '' : 's'}`;
    return n < 0 ? `${amount} ago` : `in ${amount}`;
  }
  return '';
}

// One clock for every timestamp on the page: a long list used to start a timer and a second render
// per row while it hydrated.
let clock = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // The first timestamp after none were shown for a while: the clock stood still since. Right after
  // the page loads it has not: moving it then would re-render every timestamp of a hydrating page.
  if (!timer && Date.now() - clock >= TICK_MS) clock = Date.now();
  timer ??= setInterval(() => {
    clock = Date.now();
    for (const l of listeners) l();
  }, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const readClock = () => clock;
// On the server there is no ticking clock: each render reads the time.
const readServerClock = () => (typeof window === 'undefined' ? Date.now() : clock);

/** "2 minutes ago", refreshed every 15 s, with the exact time on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  const now = useSyncExternalStore(subscribe, readClock, readServerClock);
  const at = new Date(iso).getTime();
  // A timestamp newer than the last tick (an item that just arrived) is "just now", not "in 10 seconds".
  const reference = at > now && at - now < TICK_MS ? at : now;
  return (
    // The server's clock and the browser's may fall either side of a minute: the next tick corrects it.
    <time dateTime={iso} onPointerEnter={showExactTime} suppressHydrationWarning>
      {formatRelative(iso, reference)}
    </time>
  );
}
