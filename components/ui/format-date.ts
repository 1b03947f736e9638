/**
 * One date and time style throughout ("Sat 5 Dec, 16:26"), in the owner's time zone (BUDDY_TZ), not
 * the browser's: the dashboard shell sets it once from the server.
 */
let ownerTimeZone: string | undefined;

export function setOwnerTimeZone(timeZone: string): void {
  ownerTimeZone = timeZone;
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'dateTime' | 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${kind}|${ownerTimeZone ?? ''}`;
  let f = cache.get(key);
  if (!f) {
    const parts: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
        : kind === 'time'
          ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
          : { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    f = new Intl.DateTimeFormat('en-GB', { ...parts, timeZone: ownerTimeZone });
    cache.set(key, f);
  }
  return f;
}

export const formatDateTime = (at: string | number | Date) => formatter('dateTime').format(new Date(at));
export const formatDate = (at: string | number | Date) => formatter('date').format(new Date(at));
export const formatTime = (at: string | number | Date) => formatter('time').format(new Date(at));

/**
 * The exact time as a tooltip, set when the pointer reaches the element (its data-at, or a <time>'s
 * datetime, with data-tip after it) rather than while a page renders: formatting every timestamp of a
 * page as it hydrated was its first use of Intl, ICU's data loading, 35-50 ms of the main thread in
 * Chromium. Set afresh each time, so it follows the element's current data.
 */
export function showExactTime(e: { target: EventTarget }): void {
  if (!(e.target instanceof HTMLElement)) return;
  const el = e.target;
  const at = el.dataset.at ?? el.getAttribute('datetime');
  if (!at) return;
  el.title = el.dataset.tip ? `${formatDateTime(at)}: ${el.dataset.tip}` : formatDateTime(at);
}
