// The published schedule of a series as CSV, for a spreadsheet. The plan import's columns come
// first, so the file can be edited and imported again (lib/schedule-csv/parse-plan-csv.ts); the
// published details follow. Dates and times are local to each session's zone. Pure: no I/O.
//
// No presenter's email is exported (the column stays empty); their names are in "presenters".
// A cell that a spreadsheet would run as a formula gets a leading "'" (OWASP, CSV injection).
import { stringify } from "csv-stringify/sync";
import type { ScheduleSnapshot, SnapshotSession, SnapshotSlot } from "../publications/snapshot.ts";
import { dayKey, formatClock } from "../time/format.ts";
import { PLAN_CSV_HEADER } from "./parse-plan-csv.ts";

export const SCHEDULE_CSV_HEADER = [
  ...PLAN_CSV_HEADER,
  "start time",
  "end time",
  "time zone",
  "status",
  "venue",
  "in person",
  "remote",
  "presenters",
];

/** The CSV file (UTF-8 with a byte order mark, for Excel; CRLF line endings, RFC 4180). */
export function formatScheduleCsv(snapshot: ScheduleSnapshot): string {
  const records = [SCHEDULE_CSV_HEADER, ...snapshot.sessions.map(sessionRecord)];
  return stringify(
    records.map((record) => record.map(guardFormula)),
    { bom: true, record_delimiter: "windows" },
  );
}

/** A cell that starts with =, +, -, @, tab or carriage return is text, not a formula: prefix it with "'". */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function sessionRecord(session: SnapshotSession): string[] {
  const zone = session.timeZone;
  const slots = [...session.slots].sort((a, b) => a.position - b.position);
  return [
    dayKey(session.startsAt, zone),
    session.track?.name ?? "",
    session.title ?? "",
    slots.map((s) => s.paper.url).join("; "),
    "",
    formatClock(session.startsAt, zone),
    formatClock(session.endsAt, zone),
    zone,
    session.status === "cancelled" ? "cancelled" : "scheduled",
    venue(session),
    yesNo(session.isInPerson),
    yesNo(session.isRemote),
    presenters(slots),
  ];
}

function venue(session: SnapshotSession): string {
  return [session.venueName, session.venueAddress].filter((part): part is string => !!part?.trim()).join(", ");
}

function yesNo(value: boolean): string {
  return value ? "yes" : "no";
}

/** The presenters' names in slot order, each once. */
function presenters(slots: SnapshotSlot[]): string {
  const names = slots.flatMap((s) => (s.presenter ? [s.presenter.name] : []));
  return [...new Set(names)].join("; ");
}
