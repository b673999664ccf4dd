"use client";
// The zone in which to show "your time": the signed-in person's preferred zone (from the
// personal layer), else the device's. The device's zone is unknown on the server, so "your
// time" appears once the page has hydrated: as a transition, which React renders in slices
// that leave the main thread free (a schedule has fifty of them; rendered at once, on a phone's
// CPU, that was a long task of its own — Lighthouse's total blocking time).
import { createContext, createElement, startTransition, useContext, useEffect, useState } from "react";
import { usePersonal } from "./personal/use-personal.ts";

const DeviceZone = createContext<string | null>(null);

/** Once, at the root (app/layout.tsx): the device's zone for every "your time" below. */
export function DeviceZoneProvider({ children }: { children: React.ReactNode }) {
  const [zone, setZone] = useState<string | null>(null);
  useEffect(() => startTransition(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone)), []);
  return createElement(DeviceZone.Provider, { value: zone }, children);
}

/** null while rendering on the server and hydrating. */
export function useViewerZone(): string | null {
  const preferred = usePersonal()?.timeZone ?? null;
  const device = useContext(DeviceZone);
  return preferred ?? device;
}
