"use server";
// The organizer's schedule editors: sessions and readings of a series' draft, and publishing it.
// Each succeeding action refreshes the page, so the draft shown is the draft as it now stands.
import { redirect } from "next/navigation";
import { refreshed } from "@/lib/http/refreshed.ts";
import { runFormAction, type ActionResult } from "@/lib/http/server-action.ts";
import { currentSiteOrigin } from "@/lib/http/site-origin.ts";
import { publishSchedule } from "@/lib/publications/publish-schedule.ts";
import { publishSchema } from "@/lib/publications/schemas.ts";
import { addReading, addSuggestionReading, moveReading, removeReading } from "@/lib/schedule/edit-readings.ts";
import {
  addReadingSchema,
  addSuggestionReadingSchema,
  cancelSessionSchema,
  createSessionSchema,
  moveReadingSchema,
  sessionRefSchema,
  slotRef,
  updateSessionSchema,
} from "@/lib/schedule/edit-schemas.ts";
import { cancelSession, createSession, removeSession, restoreSession, updateSession } from "@/lib/schedule/edit-session.ts";
import { checkbox, slug } from "@/lib/validation/fields.ts";

export async function createSessionAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runFormAction(form, createSessionSchema, createSession);
  if (!result.ok) return result;
  redirect(`/organize/sessions/${result.data!.id}`);
}

export async function updateSessionAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, updateSessionSchema, updateSession, "Saved in the draft. Publish the series to make it public."));
}

export async function cancelSessionAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, cancelSessionSchema, cancelSession, "Cancelled in the draft: attendees are told when you publish."));
}

export async function restoreSessionAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, sessionRefSchema, restoreSession, "Back on in the draft."));
}

const removeSessionFormSchema = sessionRefSchema.extend({
  series: slug,
  confirm: checkbox.refine((v) => v, "Tick the box to confirm."),
});

export async function removeSessionAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runFormAction(form, removeSessionFormSchema, removeSession);
  if (!result.ok) return result;
  // The form was parsed above, so its series is a slug.
  redirect(`/organize/series/${slug.parse(form.get("series"))}?removed=1`);
}

export async function addReadingAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, addReadingSchema, addReading, "Reading added."));
}

export async function addSuggestionReadingAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, addSuggestionReadingSchema, addSuggestionReading, "Reading added; the suggestion is marked scheduled."));
}

export async function removeReadingAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, slotRef, removeReading, "Reading removed."));
}

export async function moveReadingAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(
    runFormAction(form, moveReadingSchema, moveReading, (input) =>
      input.toSessionId ? "Moved to the other session, with its presenter." : `Moved ${input.direction}.`,
    ),
  );
}

export async function publishAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const url = await currentSiteOrigin();
  return refreshed(
    runFormAction(
      form,
      publishSchema,
      (actor, input) => publishSchedule(actor, input, { siteUrl: url }),
      (_input, data) =>
        data.created ? `Published version ${data.version}.` : `Nothing to publish: the draft is the same as version ${data.version}.`,
    ),
  );
}
