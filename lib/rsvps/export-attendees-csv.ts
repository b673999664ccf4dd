// A session's attendee list as a CSV file for organizers. listAttendees() checks the
// permission (rsvp.manage) and the session; this only names and formats the file.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { attendeesCsvFilename, formatAttendeesCsv } from "./format-attendees-csv.ts";
import { listAttendees } from "./list-attendees.ts";
import { appNow } from "../time/clock.ts";

export async function exportAttendeesCsv(actor: Actor, input: { sessionId: string }, now = appNow()): Promise<{ filename: string; csv: string }> {
  const list = await listAttendees(actor, input, now);
  return { filename: attendeesCsvFilename(list.session), csv: formatAttendeesCsv(list) };
}
