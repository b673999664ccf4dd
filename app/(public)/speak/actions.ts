"use server";
import { redirect } from "next/navigation";
import { runFormAction, type ActionResult } from "@/lib/http/server-action.ts";
import { approveClaim, claimSlot, declineClaim, withdrawClaim } from "@/lib/speakers/claims.ts";
import { addTalkSlides, confirmTalk } from "@/lib/speakers/my-talks.ts";
import { acceptInvitation, assignSpeaker, inviteAuthor } from "@/lib/speakers/assign.ts";
import {
  acceptInvitationSchema,
  addSlidesSchema,
  assignSpeakerSchema,
  claimSlotSchema,
  decideClaimSchema,
  inviteAuthorSchema,
  slotRefSchema,
} from "@/lib/speakers/schemas.ts";
import { currentSiteOrigin } from "@/lib/http/site-origin.ts";

export async function claimSlotAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(form, claimSlotSchema, claimSlot, (_input, claim) =>
    claim.status === "approved" ? "Thank you! The talk is yours." : "Thank you! Your claim is in; an organizer will confirm it.",
  );
}

export async function decideClaimAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(
    form,
    decideClaimSchema,
    (actor, input) => (input.decision === "approve" ? approveClaim(actor, input) : declineClaim(actor, input)),
    (input) => (input.decision === "approve" ? "Approved." : "Declined; the slot is open again."),
  );
}

export async function withdrawClaimAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(form, slotRefSchema, withdrawClaim, "Withdrawn; the paper is open to other volunteers.");
}

export async function addSlidesAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(form, addSlidesSchema, addTalkSlides, "Slides saved.");
}

export async function assignSpeakerAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(form, assignSpeakerSchema, assignSpeaker, "Assigned.");
}

export async function inviteAuthorAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const url = await currentSiteOrigin();
  return runFormAction(form, inviteAuthorSchema, (actor, input) => inviteAuthor(actor, input, { baseUrl: url }), "Invitation sent.");
}

export async function acceptInvitationAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runFormAction(form, acceptInvitationSchema, acceptInvitation);
  if (!result.ok) return result;
  redirect(`/sessions/${result.data?.sessionId}?presenting=1`);
}

export async function confirmTalkAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(form, slotRefSchema, confirmTalk, "Confirmed. See you there!");
}
