/** Feed fetch scheduling: the owner's interval, raised (never lowered) by what the server asks. */
export const MIN_INTERVAL_S = 300;
export const MAX_INTERVAL_S = 86_400;
export const DEFAULT_INTERVAL_S = 3600;

export const clampInterval = (seconds: number) =>
  Math.min(MAX_INTERVAL_S, Math.max(MIN_INTERVAL_S, Math.round(seconds)));

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now.getTime()) / 1000));
}

export function parseMaxAge(cacheControl: string | null): number | null {
  const match = /(?:^|,)\s*(?:s-)?max-age\s*=\s*(\d+)/i.exec(cacheControl ?? '');
  return match ? Number(match[1]) : null;
}

export type ScheduleInput = {
  intervalSeconds: number;
  ttlMinutes?: number | null;
  retryAfterSeconds?: number | null;
  maxAgeSeconds?: number | null;
  /** Consecutive 429/5xx answers; each doubles the wait. */
  backoffLevel?: number;
};

export function nextIntervalSeconds(input: ScheduleInput): number {
  const base = clampInterval(input.intervalSeconds);
  const hints = [input.ttlMinutes ? input.ttlMinutes * 60 : 0, input.maxAgeSeconds ?? 0, input.retryAfterSeconds ?? 0];
  const backoff = input.backoffLevel ? base * 2 ** Math.min(input.backoffLevel, 10) : 0;
  return clampInterval(Math.max(base, backoff, ...hints));
}
