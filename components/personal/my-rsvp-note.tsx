"use client";
// On a schedule row: how the signed-in person answered this upcoming session, from the personal
// layer (nothing for a visitor or someone who did not answer).
import type { MyRsvp } from "@/lib/rsvps/my-rsvps.ts";
import { usePersonal } from "./use-personal.ts";

export function rsvpLabel(rsvp: MyRsvp): string {
  if (rsvp.status === "waitlisted") return rsvp.position ? `You're #${rsvp.position} on the waitlist` : "You're on the waitlist";
  return rsvp.mode === "in_person" ? "You're going in person" : "You're joining remotely";
}

export function MyRsvpNote({ sessionId }: { sessionId: string }) {
  const rsvp = usePersonal()?.rsvps[sessionId];
  return rsvp ? <p className="text-sm font-semibold text-brand-800">{rsvpLabel(rsvp)}</p> : null;
}
