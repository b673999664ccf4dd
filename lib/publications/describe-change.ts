// One plain sentence (text, not HTML) per change-log entry, for the changes page, the Atom
// feed, emails and Discord. Dates in the session's own zone (lib/time).
import { formatDay, formatTime } from "../time/format.ts";
import type { ScheduleChange } from "./snapshot.ts";

/** One plain sentence (text, not HTML), e.g. "Moved: Attention (Wed, Jul 1 → Wed, Jul 8, 6:00 PM PDT)". */
export function describeChange(change: ScheduleChange): string {
  const zone = change.timeZone;
  const title = oneLine(change.title) || "Untitled session";
  if (change.kind === "session_moved") return `Moved: ${title} (${describeMove(change.from, change.to, zone)})`;
  const session = `${title} (${when(change.startsAt, zone)})`;
  switch (change.kind) {
    case "session_added":
      return `Added: ${session}`;
    case "session_removed":
      return `Removed: ${session}`;
    case "session_cancelled":
      return change.reason?.trim() ? `Cancelled: ${session}: ${oneLine(change.reason)}` : `Cancelled: ${session}`;
    case "session_restored":
      return `Back on the schedule: ${session}`;
    case "session_changed":
      return change.fields.length > 0 ? `Updated: ${session}: ${change.fields.join(", ")}` : `Updated: ${session}`;
    case "reading_added":
      return `Reading added to ${session}: ${oneLine(change.paper)}`;
    case "reading_removed":
      return `Reading removed from ${session}: ${oneLine(change.paper)}`;
    case "presenter_changed":
      return `New presenter for ${oneLine(change.paper)} in ${session}: ${person(change.from)} → ${person(change.to)}`;
  }
}

/** "Wed, Jul 1, 6:00 PM PDT" */
function when(iso: string, zone: string): string {
  return `${formatDay(iso, zone)}, ${formatTime(iso, zone)}`;
}

/** "Wed, Jul 1 → Wed, Jul 8, 6:00 PM PDT" when the time of day stays, else both in full. */
function describeMove(from: string, to: string, zone: string): string {
  const time = formatTime(to, zone);
  if (formatTime(from, zone) === time) return `${formatDay(from, zone)} → ${formatDay(to, zone)}, ${time}`;
  return `${when(from, zone)} → ${when(to, zone)}`;
}

function person(name: string | null): string {
  return name?.trim() ? oneLine(name) : "nobody";
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
