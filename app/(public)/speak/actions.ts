"use server";
import { formValues, runAction, type ActionResult } from "@/lib/http/server-action.ts";
import { approveClaim, claimSlot, declineClaim, withdrawClaim } from "@/lib/speakers/claims.ts";
import { addTalkSlides } from "@/lib/speakers/my-talks.ts";

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
