// Formatting instants for people, in a given IANA zone (the session's, or the reader's).
// Pure; runs on server and client. Every date or time shown or mailed goes through here:
// never cut a date out of an ISO string (the UTC date is the next day for an evening in
// California). ESLint enforces it outside lib/time.
export const PACIFIC = "America/Los_Angeles";

/** An instant: a Date, or an ISO string with Z or an offset. */
export type Instant = string | Date;

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${zone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, ...options });
    cache.set(key, f);
  }
  return f;
}

/** "Wed, Jul 1" */
export function formatDay(iso: Instant, zone: string) {
  return formatter(zone, { weekday: "short", month: "short", day: "numeric" }).format(new Date(iso));
}

/** "Jul 1" */
export function formatMonthDay(iso: Instant, zone: string) {
  return formatter(zone, { month: "short", day: "numeric" }).format(new Date(iso));
}

/** "Wednesday, July 1, 2026" */
export function formatLongDay(iso: Instant, zone: string) {
  return formatter(zone, { weekday: "long", month: "long", day: "numeric", year: "numeric" }).format(new Date(iso));
}

/** "6:00 PM PDT" */
export function formatTime(iso: Instant, zone: string) {
  return formatter(zone, { hour: "numeric", minute: "2-digit", timeZoneName: "short" }).format(new Date(iso));
}

/** "18:00": the local 24-hour clock time (midnight is "00:00"), for spreadsheets and other machine-readable lists. */
export function formatClock(iso: Instant, zone: string) {
  const parts = formatter(zone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("hour")}:${get("minute")}`;
}

/** "6:00 – 7:30 PM PDT" style range, on one line. */
export function formatTimeRange(startIso: Instant, endIso: Instant, zone: string) {
  const start = formatter(zone, { hour: "numeric", minute: "2-digit" }).format(new Date(startIso));
  return `${start} – ${formatTime(endIso, zone)}`;
}

/** "Wednesday, July 1, 2026 at 6:00 PM PDT": when a session starts, for messages and mail. */
export function formatDayAndTime(iso: Instant, zone: string) {
  return `${formatLongDay(iso, zone)} at ${formatTime(iso, zone)}`;
}

/** "Jul 1, 2026": a short date with the year, for lists and notices. */
export function formatDate(iso: Instant, zone: string) {
  return formatter(zone, { month: "short", day: "numeric", year: "numeric" }).format(new Date(iso));
}

/** "July 2026" */
export function formatMonth(iso: Instant, zone: string) {
  return formatter(zone, { month: "long", year: "numeric" }).format(new Date(iso));
}

/** "Wed, Sep 2, 2026": a calendar date "YYYY-MM-DD" that is no instant (a season's first day, a date to skip). */
export function formatCalendarDate(day: string) {
  return formatter("UTC", { weekday: "short", month: "short", day: "numeric", year: "numeric" }).format(new Date(`${day}T12:00:00Z`));
}

/** Calendar date "2026-07-01" of an instant in a zone. */
export function dayKey(iso: Instant, zone: string) {
  const parts = formatter(zone, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Monday (yyyy-mm-dd) of the week that holds the instant, in the zone. */
export function weekKey(iso: Instant, zone: string) {
  const [y, m, d] = dayKey(iso, zone).split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const back = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

/** The calendar date `days` after a date "yyyy-mm-dd" (a week key + 7 is the next week's Monday). */
export function addDays(day: string, days: number) {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Groups items by month, then by week (both in the zone), keeping their order. */
export function groupByMonthAndWeek<T extends { startsAt: string }>(items: T[], zone: string) {
  const months: { key: string; label: string; weeks: { key: string; items: T[] }[] }[] = [];
  for (const item of items) {
    const label = formatMonth(item.startsAt, zone);
    const monthKey = dayKey(item.startsAt, zone).slice(0, 7);
    let month = months.at(-1);
    if (!month || month.key !== monthKey) {
      month = { key: monthKey, label, weeks: [] };
      months.push(month);
    }
    const wk = weekKey(item.startsAt, zone);
    let week = month.weeks.at(-1);
    if (!week || week.key !== wk) {
      week = { key: wk, items: [] };
      month.weeks.push(week);
    }
    week.items.push(item);
  }
  return months;
}
