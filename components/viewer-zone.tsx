"use client";
// The zone in which to show "your time": the signed-in person's preferred zone, else the device's.
import { createContext, useContext, useSyncExternalStore } from "react";

const PreferredZone = createContext<string | null>(null);

export function ViewerZoneProvider({ zone, children }: { zone: string | null; children: React.ReactNode }) {
  return <PreferredZone.Provider value={zone}>{children}</PreferredZone.Provider>;
}

const subscribe = () => () => {};
const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const unknownOnServer = () => null;

/** null while rendering on the server when no preference is known. */
export function useViewerZone(): string | null {
  const preferred = useContext(PreferredZone);
  const device = useSyncExternalStore(subscribe, deviceZone, unknownOnServer);
  return preferred ?? device;
}
