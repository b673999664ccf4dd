// Inputs of speaker slots and claims.
import { z } from "zod";
import { slugSchema } from "../schedule/schemas.ts";

const optionalSlug = z.string().trim().transform((v) => (v === "" ? undefined : v)).pipe(slugSchema.optional()).optional();

export const slotIdSchema = z.string().uuid("Not a slot id.");
export const claimIdSchema = z.string().uuid("Not a claim id.");

export const claimSlotSchema = z.object({
  slotId: slotIdSchema,
  coPresenter: z.string().trim().max(120, "Keep the co-presenter's name under 120 characters.").default(""),
  note: z.string().trim().max(1000, "Keep the note under 1000 characters.").default(""),
});
export type ClaimSlotInput = z.input<typeof claimSlotSchema>;

export const declineClaimSchema = z.object({
  claimId: claimIdSchema,
  reason: z.string().trim().min(3, "Say why, in a sentence: the volunteer will see it.").max(500, "Keep it under 500 characters."),
});

export const openSlotsQuerySchema = z.object({
  track: optionalSlug,
  series: optionalSlug,
});
