// Inputs of suggestions and votes, shared by the forms, the API and the domain functions.
import { z } from "zod";
import { slugSchema } from "../schedule/schemas.ts";

const optionalSlug = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(slugSchema.optional())
  .optional();

export const REASON_MAX = 2000;

export const suggestPaperSchema = z.object({
  url: z.string().trim().min(1, "Paste an arXiv link or id, a DOI, or a link to the paper.").max(500, "That link is too long."),
  reason: z.string().trim().max(REASON_MAX, `Keep it under ${REASON_MAX} characters.`).default(""),
  track: optionalSlug,
  /** Typed by the member when the paper cannot be looked up. */
  title: z.string().trim().max(300, "Keep the title under 300 characters.").optional(),
  authors: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v : (v ?? "").split(/,|\n/)).map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(120)).max(100)),
  /** Set after seeing the "did you mean" warning: suggest it anyway. */
  confirmNotDuplicate: z.boolean().default(false),
});
export type SuggestPaperInput = z.input<typeof suggestPaperSchema>;

export const suggestTopicSchema = z.object({
  title: z.string().trim().min(3, "Name the topic in a few words.").max(150, "Keep the name under 150 characters."),
  reason: z.string().trim().max(REASON_MAX, `Keep it under ${REASON_MAX} characters.`).default(""),
  track: optionalSlug,
});
export type SuggestTopicInput = z.input<typeof suggestTopicSchema>;

export const SUGGESTION_STATUSES = ["open", "accepted", "declined", "scheduled"] as const;

export const boardQuerySchema = z.object({
  sort: z.enum(["votes", "newest"]).default("votes"),
  track: optionalSlug,
  status: z.enum([...SUGGESTION_STATUSES, "all"]).default("all"),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});
export type BoardQuery = z.input<typeof boardQuerySchema>;

export const suggestionIdSchema = z.string().uuid("Not a suggestion id.");
