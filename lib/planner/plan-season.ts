// The season planner: lays a season's tracks out on its weekly dates (pure; no database, no React).
import { TZDate } from "@date-fns/tz";

export type PlanInput = {
  firstDate: string; // "YYYY-MM-DD"
  lastDate: string; // "YYYY-MM-DD"
  weekday: number; // 0 = Sunday … 6 = Saturday
  startTime: string; // "HH:MM" 24h, local to timeZone
  durationMinutes: number;
  timeZone: string; // IANA
  skipDates: string[]; // "YYYY-MM-DD"
  tracks: { id: string; name: string; plannedWeeks: number }[]; // in order
};

export type PlannedSession = {
  trackId: string;
  trackName: string;
  trackWeek: number; // 1-based
  date: string; // "YYYY-MM-DD", local to the zone
  startsAt: Date;
  endsAt: Date;
};

export type Plan = {
  sessions: PlannedSession[];
  /** Track weeks that did not fit before lastDate. */
  overflow: { trackId: string; trackName: string; weeks: number[] }[];
  /** Skip dates that fell on a planned weekday within the range. */
  skipped: string[];
  /** Dates left without a track. */
  freeWeeks: string[];
};

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** A calendar date as whole days since 1970-01-01 (UTC arithmetic, whatever the machine's zone). */
function parseDay(value: string, label: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`${label} must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (formatDay(ms / DAY_MS) !== value) throw new Error(`${label} is not a calendar date: ${value}`);
  return ms / DAY_MS;
}

/** "YYYY-MM-DD" of a day number, from the UTC getters of its UTC midnight. */
function formatDay(day: number): string {
  const date = new Date(day * DAY_MS);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

function parseTime(value: string): { hours: number; minutes: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new Error(`startTime must be HH:MM (24h), got ${JSON.stringify(value)}`);
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/** The instant of a local wall time in a zone (a time skipped by a DST change moves forward). */
function localInstant(day: number, time: { hours: number; minutes: number }, zone: string): Date {
  const date = new Date(day * DAY_MS);
  const local = new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), time.hours, time.minutes, 0, zone);
  const ms = local.getTime();
  if (Number.isNaN(ms)) throw new Error(`Unknown time zone: ${zone}`);
  return new Date(ms);
}

function checkInput(input: PlanInput, first: number, last: number) {
  if (last < first) throw new Error(`lastDate ${input.lastDate} is before firstDate ${input.firstDate}`);
  if (!Number.isInteger(input.weekday) || input.weekday < 0 || input.weekday > 6) throw new Error(`weekday must be 0..6, got ${input.weekday}`);
  if (!Number.isFinite(input.durationMinutes) || input.durationMinutes <= 0) {
    throw new Error(`durationMinutes must be positive, got ${input.durationMinutes}`);
  }
  for (const track of input.tracks) {
    if (!Number.isInteger(track.plannedWeeks) || track.plannedWeeks < 0) {
      throw new Error(`Track ${track.name} has ${track.plannedWeeks} planned weeks`);
    }
  }
}

/** The weekday's dates from firstDate (or the next such day) to lastDate, split into usable and skipped. */
function weeklyDates(first: number, last: number, weekday: number, skipDates: string[]) {
  const skip = new Set(skipDates.map((d) => parseDay(d, "skip date")));
  const usable: number[] = [];
  const skipped: number[] = [];
  for (let day = first + ((weekday - weekdayOf(first) + 7) % 7); day <= last; day += 7) {
    (skip.has(day) ? skipped : usable).push(day);
  }
  return { usable, skipped };
}

/** Every track week, in order: track 1 week 1, track 1 week 2, track 2 week 1, … */
function trackWeeks(tracks: PlanInput["tracks"]) {
  return tracks.flatMap((track) => Array.from({ length: track.plannedWeeks }, (_, i) => ({ track, week: i + 1 })));
}

function collectOverflow(rest: ReturnType<typeof trackWeeks>): Plan["overflow"] {
  const overflow: Plan["overflow"] = [];
  for (const { track, week } of rest) {
    const last = overflow.at(-1);
    if (last && last.trackId === track.id) last.weeks.push(week);
    else overflow.push({ trackId: track.id, trackName: track.name, weeks: [week] });
  }
  return overflow;
}

export function planSeason(input: PlanInput): Plan {
  const first = parseDay(input.firstDate, "firstDate");
  const last = parseDay(input.lastDate, "lastDate");
  const time = parseTime(input.startTime);
  checkInput(input, first, last);
  const { usable, skipped } = weeklyDates(first, last, input.weekday, input.skipDates);
  const weeks = trackWeeks(input.tracks);
  const sessions = weeks.slice(0, usable.length).map(({ track, week }, i): PlannedSession => {
    const startsAt = localInstant(usable[i], time, input.timeZone);
    return {
      trackId: track.id,
      trackName: track.name,
      trackWeek: week,
      date: formatDay(usable[i]),
      startsAt,
      endsAt: new Date(startsAt.getTime() + input.durationMinutes * MINUTE_MS),
    };
  });
  // Check the zone even when no session is planned, so a bad zone never passes silently.
  if (sessions.length === 0) localInstant(first, time, input.timeZone);
  return {
    sessions,
    overflow: collectOverflow(weeks.slice(usable.length)),
    skipped: skipped.map(formatDay),
    freeWeeks: usable.slice(weeks.length).map(formatDay),
  };
}
