// Local wall-clock times in an IANA zone ⇄ instants, DST-correct. Editors and the planner set
// sessions by their local date and time; forms show them back the same way.
import { TZDate } from "@date-fns/tz";
import { dayKey } from "./format.ts";

/** The instant of "YYYY-MM-DD" at "HH:MM" in `zone`. */
export function instantAt(date: string, time: string, zone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [h, min] = time.split(":").map(Number);
  return new Date(new TZDate(y, m - 1, d, h, min, 0, zone).getTime());
}

/** The local date "YYYY-MM-DD" and time "HH:MM" of an instant in `zone`. */
export function localParts(instant: Date | string, zone: string): { date: string; time: string } {
  const t = new TZDate(new Date(instant).getTime(), zone);
  return { date: dayKey(instant, zone), time: `${String(t.getHours()).padStart(2, "0")}:${String(t.getMinutes()).padStart(2, "0")}` };
}
