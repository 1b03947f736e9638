/** "Good morning" and today's date, in the owner's time zone (BUDDY_TZ). */
export function greeting(timeZone: string, now = new Date()): { salutation: string; date: string } {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(now));
  const salutation =
    hour < 5 ? 'Good night' : hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';
  const date = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(
    now,
  );
  return { salutation, date };
}
