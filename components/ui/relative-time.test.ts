import { describe, expect, it } from 'vitest';
import { formatRelative } from './relative-time';

const now = Date.parse('2026-12-05T07:00:00Z');
const at = (msFromNow: number) => new Date(now + msFromNow).toISOString();
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatRelative', () => {
  it('says "just now" within five seconds either way', () => {
    expect(formatRelative(at(-4 * SECOND), now)).toBe('just now');
    expect(formatRelative(at(4 * SECOND), now)).toBe('just now');
  });

  // What it writes out by hand must read exactly as Intl's English relative format (numeric: 'auto').
  const intl = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  it.each([
    [-5 * SECOND, 'second', -5],
    [-59 * SECOND, 'second', -59],
    [20 * SECOND, 'second', 20],
    [-1 * MINUTE, 'minute', -1],
    [-100 * SECOND, 'minute', -2],
    [-59 * MINUTE, 'minute', -59],
    [-1 * HOUR, 'hour', -1],
    [-23 * HOUR, 'hour', -23],
    [3 * HOUR, 'hour', 3],
    [-1 * DAY, 'day', -1],
    [-40 * HOUR, 'day', -2],
    [1 * DAY, 'day', 1],
    [12 * DAY, 'day', 12],
    [-1234 * DAY, 'day', -1234],
  ] as const)('%d ms from now reads as Intl does', (ms, unit, n) => {
    expect(formatRelative(at(ms), now)).toBe(intl.format(n, unit));
  });
});
