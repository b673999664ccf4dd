"use server";
// The organizer's attendee tools: add or remove a person, check people in at the door (and undo).
// Each succeeding action refreshes the page, so the lists and counts shown are the saved ones.
import { refreshed } from "@/lib/http/refreshed.ts";
import { runFormAction, type ActionResult } from "@/lib/http/server-action.ts";
import { currentSiteOrigin } from "@/lib/http/site-origin.ts";
import { addAttendee, removeAttendee, setCheckedIn } from "@/lib/rsvps/manage-attendees.ts";
import { addAttendeeSchema, attendeeRefSchema } from "@/lib/rsvps/schemas.ts";

export async function addAttendeeAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const url = await currentSiteOrigin();
  return refreshed(
    runFormAction(
      form,
      addAttendeeSchema,
      (actor, input) => addAttendee(actor, input, { siteUrl: url }),
      (input, rsvp) =>
        rsvp.status === "waitlisted"
          ? `The room is full: ${input.email} is number ${rsvp.position} on the waitlist.`
          : `${input.email} is confirmed ${rsvp.mode === "in_person" ? "in person" : "remote"}.`,
    ),
  );
}

export async function removeAttendeeAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const url = await currentSiteOrigin();
  return refreshed(runFormAction(form, attendeeRefSchema, (actor, input) => removeAttendee(actor, input, { siteUrl: url }), "Removed."));
}

export async function checkInAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, attendeeRefSchema, (actor, input) => setCheckedIn(actor, { ...input, checkedIn: true })));
}

export async function undoCheckInAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, attendeeRefSchema, (actor, input) => setCheckedIn(actor, { ...input, checkedIn: false })));
}
