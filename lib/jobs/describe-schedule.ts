const DAYS = ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'];

/** "Daily at 22:00", "Weekdays at 06:00", "Sundays at 21:00"; other shapes fall back to the cron text. */
export function describeSchedule(cron: string): string {
  const [minute, hour, dom, month, dow] = cron.trim().split(/\s+/);
  if (!minute || !hour || !/^\d+$/.test(minute) || !/^\d+$/.test(hour) || dom !== '*' || month !== '*')
    return `cron ${cron}`;
  const time = `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`;
  if (dow === '*') return `Daily at ${time}`;
  if (dow === '1-5') return `Weekdays at ${time}`;
  if (dow === '0,6' || dow === '6,0') return `Weekends at ${time}`;
  if (dow && /^[0-7]$/.test(dow)) return `${DAYS[Number(dow) % 7]} at ${time}`;
  return `cron ${cron}`;
}
