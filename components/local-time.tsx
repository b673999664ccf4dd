"use client";
// The session's time in the viewer's zone (their preference, else their device's), when it
// differs from the session's own zone.
import { formatDay, formatTime } from "@/lib/time/format.ts";
import { useViewerZone } from "./viewer-zone.tsx";

export function LocalTime({ iso, sessionZone }: { iso: string; sessionZone: string }) {
  const zone = useViewerZone();
  if (!zone || zone === sessionZone) return null;
  const sameDay = formatDay(iso, zone) === formatDay(iso, sessionZone);
  return (
    <span className="block text-sm text-slate-600" data-testid="local-time">
      Your time: {sameDay ? "" : `${formatDay(iso, zone)}, `}
      {formatTime(iso, zone)}
    </span>
  );
}
