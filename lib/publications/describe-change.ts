// One plain sentence per change-log entry, for the changes page, the Atom feed, emails and
// Discord. Dates in the session's own zone (lib/time).
import { formatDay, formatDayAndTime, formatTime } from "../time/format.ts";
import type { ScheduleChange } from "./snapshot.ts";

export function describeChange(c: ScheduleChange): string {
  switch (c.kind) {
    case "session_added":
      return `New session: ${c.title}, ${formatDayAndTime(c.startsAt, c.timeZone)}.`;
    case "session_removed":
      return `Removed: ${c.title} (was ${formatDayAndTime(c.startsAt, c.timeZone)}).`;
    case "session_cancelled":
      return `Cancelled: ${c.title}, ${formatDayAndTime(c.startsAt, c.timeZone)}${c.reason ? ` (${c.reason})` : ""}.`;
    case "session_restored":
      return `Back on: ${c.title}, ${formatDayAndTime(c.startsAt, c.timeZone)}.`;
    case "session_moved":
      return `Moved: ${c.title}, from ${formatDay(c.from, c.timeZone)} ${formatTime(c.from, c.timeZone)} to ${formatDayAndTime(c.to, c.timeZone)}.`;
    case "session_changed":
      return `Changed ${c.fields.join(", ")}: ${c.title}, ${formatDayAndTime(c.startsAt, c.timeZone)}.`;
    case "reading_added":
      return `Added "${c.paper}" to ${c.title} (${formatDay(c.startsAt, c.timeZone)}).`;
    case "reading_removed":
      return `Removed "${c.paper}" from ${c.title} (${formatDay(c.startsAt, c.timeZone)}).`;
    case "presenter_changed":
      return `Presenter of "${c.paper}" (${formatDay(c.startsAt, c.timeZone)}): ${c.to ?? "needs a speaker"}${c.from ? `, was ${c.from}` : ""}.`;
  }
}
