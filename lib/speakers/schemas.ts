// Inputs of speaker slots and claims.
import { z } from "zod";
import { email, freeText, httpUrl, id, optionalHttpUrl, optionalSlug, optionalText } from "../validation/fields.ts";

export const slotIdSchema = id("slot");
export const claimIdSchema = id("claim");

export const claimSlotSchema = z.object({
  slotId: slotIdSchema,
  coPresenter: optionalText({ max: 120, maxMessage: "Keep the co-presenter's name under 120 characters.", label: "The co-presenter" }),
  note: optionalText({ max: 1000, maxMessage: "Keep the note under 1000 characters.", label: "The note" }),
});
export type ClaimSlotInput = z.input<typeof claimSlotSchema>;

export const declineClaimSchema = z.object({
  claimId: claimIdSchema,
  reason: freeText({
    min: 3,
    max: 500,
    minMessage: "Say why, in a sentence: the volunteer will see it.",
    maxMessage: "Keep it under 500 characters.",
    label: "The reason",
  }),
});

export const decideClaimSchema = z.discriminatedUnion(
  "decision",
  [z.object({ decision: z.literal("approve"), claimId: claimIdSchema }), declineClaimSchema.extend({ decision: z.literal("decline") })],
  { error: "Choose approve or decline." },
);

export const slotRefSchema = z.object({ slotId: slotIdSchema });

export const openSlotsQuerySchema = z.object({
  track: optionalSlug,
  series: optionalSlug,
});

export const assignSpeakerSchema = z.object({
  slotId: slotIdSchema,
  email: email("Enter the member's email address."),
});

export const inviteAuthorSchema = z.object({
  slotId: slotIdSchema,
  name: freeText({ min: 2, max: 120, minMessage: "Enter the author's name.", label: "The name" }),
  email: email("Enter the author's email address."),
  affiliation: optionalText({ max: 120, label: "The affiliation" }),
  link: optionalHttpUrl,
});

export const addSlidesSchema = z.object({ slotId: slotIdSchema, slidesUrl: httpUrl });

export const invitationTokenSchema = z.string({ error: "Not an invitation." }).regex(/^[A-Za-z0-9_-]{20,100}$/, "Not an invitation.");
export const acceptInvitationSchema = z.object({ token: invitationTokenSchema });
