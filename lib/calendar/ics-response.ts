// An iCalendar answer: the right type for calendar apps, a file name, and short public caching
// (feeds are polled by calendar servers; the content changes only when a series is published).
import type { CalendarFile } from "./feeds.ts";
import { AppError } from "../errors.ts";

export function icsResponse(file: CalendarFile, disposition: "inline" | "attachment"): Response {
  return new Response(file.ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `${disposition}; filename="${file.filename}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}

/** "test-of-time.ics" → "test-of-time"; anything else names no calendar. */
export function slugOfIcsFile(file: string, what: string): string {
  if (!file.endsWith(".ics")) throw new AppError("not_found", `There is no such ${what}.`);
  return file.slice(0, -".ics".length);
}
