"use client";
// The session's time in the viewer's own zone, when it differs from the session's zone.
// Rendered only in the browser (the server does not know the viewer's zone).
import { useSyncExternalStore } from "react";
import { formatDay, formatTime } from "@/lib/time/format.ts";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => null;

export function LocalTime({ iso, sessionZone }: { iso: string; sessionZone: string }) {
  const zone = useSyncExternalStore(subscribe, browserZone, serverZone);
  if (!zone || zone === sessionZone) return null;
  const sameDay = formatDay(iso, zone) === formatDay(iso, sessionZone);
  return (
    <span className="block text-sm text-slate-600" data-testid="local-time">
      Your time: {sameDay ? "" : `${formatDay(iso, zone)}, `}
      {formatTime(iso, zone)}
    </span>
  );
}
