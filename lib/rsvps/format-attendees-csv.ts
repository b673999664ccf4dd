// A session's attendee list as CSV, for a spreadsheet: confirmed in person, the waitlist in
// order, then remote — as listAttendees() orders them. Times are the session zone's wall clock
// ("2026-07-01 18:05"). Every cell goes through guardFormula(): names and emails are typed by
// people, and a spreadsheet must not run them (OWASP, CSV injection). Pure: no I/O.
import { stringify } from "csv-stringify/sync";
import { guardFormula } from "../schedule-csv/format-schedule-csv.ts";
import { dayKey, formatClock, type Instant } from "../time/format.ts";
import type { AttendeeDto, AttendeeList } from "./list-attendees.ts";

export const ATTENDEES_CSV_HEADER = ["name", "email", "mode", "status", "waitlist position", "RSVP at", "checked in at", "no-shows this season"];

/** The CSV file (UTF-8 with a byte order mark, for Excel; CRLF line endings, RFC 4180). */
export function formatAttendeesCsv(list: AttendeeList): string {
  const zone = list.session.timeZone;
  const records = [ATTENDEES_CSV_HEADER, ...list.attendees.map((a) => attendeeRecord(a, zone))];
  return stringify(
    records.map((record) => record.map(guardFormula)),
    { bom: true, record_delimiter: "windows" },
  );
}

/** "paper-club-2026-07-01-attendees.csv": the series and the session's date in its own zone. */
export function attendeesCsvFilename(session: Pick<AttendeeList["session"], "seriesSlug" | "startsAt" | "timeZone">): string {
  return `${session.seriesSlug}-${dayKey(session.startsAt, session.timeZone)}-attendees.csv`;
}

function attendeeRecord(a: AttendeeDto, zone: string): string[] {
  return [
    a.name,
    a.email ?? "",
    a.mode === "in_person" ? "in person" : "remote",
    a.status,
    a.position === null ? "" : String(a.position),
    localDateTime(a.rsvpAt, zone),
    a.checkedInAt ? localDateTime(a.checkedInAt, zone) : "",
    String(a.noShows),
  ];
}

/** "2026-07-01 18:05" in the zone: a spreadsheet reads it as a date and time. */
function localDateTime(instant: Instant, zone: string): string {
  return `${dayKey(instant, zone)} ${formatClock(instant, zone)}`;
}
