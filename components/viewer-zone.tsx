"use client";
// The zone in which to show "your time": the signed-in person's preferred zone (from the
// personal layer), else the device's.
import { useSyncExternalStore } from "react";
import { usePersonal } from "./personal/use-personal.ts";

const subscribe = () => () => {};
const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const unknownOnServer = () => null;

/** null while rendering on the server (and hydrating). */
export function useViewerZone(): string | null {
  const preferred = usePersonal()?.timeZone ?? null;
  const device = useSyncExternalStore(subscribe, deviceZone, unknownOnServer);
  return preferred ?? device;
}
