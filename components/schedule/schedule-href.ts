import type { ScheduleFilter } from "@/lib/schedule/schemas.ts";

/** The schedule's URL for a filter; the page's default (`when=season`) and empty fields are left out. */
export function scheduleHref(filter: ScheduleFilter): string {
  const entries = Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1]) && !(e[0] === "when" && e[1] === "season"));
  const query = new URLSearchParams(entries).toString();
  return query ? `/schedule?${query}` : "/schedule";
}
