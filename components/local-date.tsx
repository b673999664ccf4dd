"use client";
// A date for people: in the given zone (the session's) when there is one, else in the
// viewer's (their preference, else their device's; the club's home zone while rendering on
// the server without a preference). Never the UTC date of an ISO string.
import { formatDate, PACIFIC } from "@/lib/time/format.ts";
import { useViewerZone } from "./viewer-zone.tsx";

export function LocalDate({ iso, zone }: { iso: string; zone?: string }) {
  const viewer = useViewerZone();
  const shown = zone ?? viewer ?? PACIFIC;
  return <time dateTime={iso}>{formatDate(iso, shown)}</time>;
}
