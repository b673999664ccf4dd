// The one-line summary of who comes to a session: "38 of 40 seats · 12 waitlisted · 85 remote · 0 checked in".
import type { AttendeeList } from "@/lib/rsvps/list-attendees.ts";

export function attendeeCountsLine({ session, counts }: Pick<AttendeeList, "session" | "counts">): string {
  const parts: string[] = [];
  if (session.isInPerson || counts.confirmed > 0)
    parts.push(session.seats !== null ? `${counts.confirmed} of ${session.seats} seats` : `${counts.confirmed} in person`);
  if (session.isInPerson || counts.waitlisted > 0) parts.push(`${counts.waitlisted} waitlisted`);
  if (session.isRemote || counts.remote > 0) parts.push(`${counts.remote} remote`);
  parts.push(`${counts.checkedIn} checked in`);
  return parts.join(" · ");
}

/** "1 no-show", "2 no-shows". */
export function noShowsLabel(n: number): string {
  return `${n} no-show${n === 1 ? "" : "s"}`;
}
