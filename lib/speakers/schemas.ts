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

export const assignSpeakerSchema = z.object({
  slotId: slotIdSchema,
  email: z.string().trim().toLowerCase().email("Enter the member's email address."),
});

export const inviteAuthorSchema = z.object({
  slotId: slotIdSchema,
  name: z.string().trim().min(2, "Enter the author's name.").max(120),
  email: z.string().trim().toLowerCase().email("Enter the author's email address."),
  affiliation: z.string().trim().max(120).default(""),
  link: z
    .string()
    .trim()
    .max(300)
    .refine((v) => v === "" || /^https?:\/\/[^\s]+\.[^\s]+/.test(v), "Links must start with http:// or https://.")
    .default(""),
});

export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "Not an invitation.");
