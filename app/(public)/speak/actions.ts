"use server";
import { formValues, runAction, type ActionResult } from "@/lib/http/server-action.ts";
import { approveClaim, claimSlot, declineClaim, withdrawClaim } from "@/lib/speakers/claims.ts";
import { addTalkSlides, confirmTalk } from "@/lib/speakers/my-talks.ts";
import { acceptInvitation, assignSpeaker, inviteAuthor } from "@/lib/speakers/assign.ts";
import { env } from "@/lib/env.ts";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

const text = (form: FormData, key: string) => String(form.get(key) ?? "");

export async function claimSlotAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction((actor) =>
    claimSlot(actor, { slotId: text(form, "slotId"), coPresenter: text(form, "coPresenter"), note: text(form, "note") }),
  );
  if (!result.ok) return { ...result, values: formValues(form) };
  const approved = result.data?.status === "approved";
  return {
    ...result,
    message: approved ? "Thank you! The talk is yours." : "Thank you! Your claim is in; an organizer will confirm it.",
  };
}

export async function decideClaimAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const claimId = text(form, "claimId");
  return text(form, "decision") === "approve"
    ? runAction((actor) => approveClaim(actor, { claimId }), "Approved.")
    : runAction((actor) => declineClaim(actor, { claimId, reason: text(form, "reason") }), "Declined; the slot is open again.");
}

export async function withdrawClaimAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction((actor) => withdrawClaim(actor, { slotId: text(form, "slotId") }), "Withdrawn; the paper is open to other volunteers.");
}

export async function addSlidesAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction((actor) => addTalkSlides(actor, { slotId: text(form, "slotId"), slidesUrl: text(form, "slidesUrl") }), "Slides saved.");
  return result.ok ? result : { ...result, values: formValues(form) };
}

export async function assignSpeakerAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction((actor) => assignSpeaker(actor, { slotId: text(form, "slotId"), email: text(form, "email") }), "Assigned.");
  return result.ok ? result : { ...result, values: formValues(form) };
}

async function baseUrl() {
  if (env.APP_URL) return env.APP_URL;
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
}

export async function inviteAuthorAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const url = await baseUrl();
  const result = await runAction(
    (actor) =>
      inviteAuthor(
        actor,
        { slotId: text(form, "slotId"), name: text(form, "name"), email: text(form, "email"), affiliation: text(form, "affiliation"), link: text(form, "link") },
        { baseUrl: url },
      ),
    "Invitation sent.",
  );
  return result.ok ? result : { ...result, values: formValues(form) };
}

export async function acceptInvitationAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction((actor) => acceptInvitation(actor, { token: text(form, "token") }));
  if (!result.ok) return result;
  redirect(`/sessions/${(result.data as { sessionId: string }).sessionId}?presenting=1`);
}

export async function confirmTalkAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction((actor) => confirmTalk(actor, { slotId: text(form, "slotId") }), "Confirmed. See you there!");
}
