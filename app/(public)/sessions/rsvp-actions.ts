"use server";
// A member's own RSVP from the site: answer a session in person or remotely, switch, or cancel.
// The domain functions check who may and whether RSVPs are still open; on success the page
// re-renders so every control shows the RSVP as it now stands.
import { refreshed } from "@/lib/http/refreshed.ts";
import { runFormAction, type ActionResult } from "@/lib/http/server-action.ts";
import type { RsvpDto } from "@/lib/rsvps/dto.ts";
import { cancelRsvp, rsvpToSession } from "@/lib/rsvps/rsvp.ts";
import { rsvpSchema, sessionRefSchema } from "@/lib/rsvps/schemas.ts";

function answered(rsvp: RsvpDto): string {
  if (rsvp.status === "waitlisted") return `You're #${rsvp.position ?? "?"} on the waitlist for a seat.`;
  return rsvp.mode === "in_person" ? "You're going in person." : "You're joining remotely.";
}

export async function rsvpAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, rsvpSchema, rsvpToSession, (_input, rsvp) => answered(rsvp)));
}

export async function cancelRsvpAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, sessionRefSchema, cancelRsvp, "Your RSVP is cancelled."));
}
