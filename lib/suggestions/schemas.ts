// Inputs of suggestions and votes, shared by the forms, the API and the domain functions.
import { z } from "zod";
import { checkbox, freeText, id, optionalSlug, optionalText, pageNumber } from "../validation/fields.ts";

export const REASON_MAX = 2000;

const reason = optionalText({ max: REASON_MAX, maxMessage: `Keep it under ${REASON_MAX} characters.`, label: "The reason" });

export const suggestPaperSchema = z.object({
  url: freeText({
    min: 1,
    max: 500,
    minMessage: "Paste an arXiv link or id, a DOI, or a link to the paper.",
    maxMessage: "That link is too long.",
    label: "The link",
  }),
  reason,
  track: optionalSlug,
  /** Typed by the member when the paper cannot be looked up. */
  title: freeText({ max: 300, maxMessage: "Keep the title under 300 characters.", label: "The title" })
    .transform((v) => (v === "" ? undefined : v))
    .optional(),
  /** Comma- or line-separated in a form, a list in JSON. */
  authors: z
    .union([freeText({ max: 5000, label: "The authors" }), z.array(freeText({ max: 120, label: "Each author" }))], {
      error: "List the authors as text.",
    })
    .optional()
    .transform((v) => (Array.isArray(v) ? v : (v ?? "").split(/,|\n/)).map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(120, "Keep each author's name under 120 characters.")).max(100, "Up to 100 authors.")),
  /** Set after seeing the "did you mean" warning: suggest it anyway. */
  confirmNotDuplicate: checkbox,
});
export type SuggestPaperInput = z.input<typeof suggestPaperSchema>;

export const suggestTopicSchema = z.object({
  title: freeText({
    min: 3,
    max: 150,
    minMessage: "Name the topic in a few words.",
    maxMessage: "Keep the name under 150 characters.",
    label: "The topic",
  }),
  reason,
  track: optionalSlug,
});
export type SuggestTopicInput = z.input<typeof suggestTopicSchema>;

export const SUGGESTION_STATUSES = ["open", "accepted", "declined", "scheduled"] as const;

export const boardQuerySchema = z.object({
  sort: z.enum(["votes", "newest"], { error: 'Sort by "votes" or "newest".' }).default("votes"),
  track: optionalSlug,
  status: z.enum([...SUGGESTION_STATUSES, "all"], { error: "Choose open, accepted, declined, scheduled or all." }).default("all"),
  page: pageNumber,
});
export type BoardQuery = z.input<typeof boardQuerySchema>;

export const suggestionIdSchema = id("suggestion");
export const suggestionRefSchema = z.object({ suggestionId: suggestionIdSchema });

export const acceptSuggestionSchema = z.object({ suggestionId: suggestionIdSchema, track: optionalSlug });
export const declineSuggestionSchema = z.object({
  suggestionId: suggestionIdSchema,
  reason: freeText({
    min: 3,
    max: 500,
    minMessage: "Say why, in a sentence: the member will see it.",
    maxMessage: "Keep it under 500 characters.",
    label: "The reason",
  }),
});
export const mergeSuggestionSchema = z.object({
  suggestionId: suggestionIdSchema,
  intoId: z
    .string({ error: "Choose the suggestion to merge into." })
    .min(1, "Choose the suggestion to merge into.")
    .pipe(id("suggestion to merge into")),
});

/** The triage form: one of four decisions, each with its own fields. */
export const triageSchema = z.discriminatedUnion(
  "decision",
  [
    acceptSuggestionSchema.extend({ decision: z.literal("accept") }),
    declineSuggestionSchema.extend({ decision: z.literal("decline") }),
    mergeSuggestionSchema.extend({ decision: z.literal("merge") }),
    suggestionRefSchema.extend({ decision: z.literal("schedule") }),
    suggestionRefSchema.extend({ decision: z.literal("weekly") }),
  ],
  { error: "Choose accept, decline, merge or schedule." },
);

export const importReadingListSchema = z.object({
  track: optionalSlug.pipe(z.string({ error: "Choose a track." })),
  text: freeText({
    min: 1,
    max: 100_000,
    minMessage: "Paste the list, one paper per line.",
    maxMessage: "That list is too long.",
    label: "The list",
  }),
});

export const paperLookupSchema = z.object({
  input: freeText({
    min: 1,
    max: 500,
    minMessage: "Paste an arXiv link or id, a DOI, or a link to the paper.",
    maxMessage: "That link is too long.",
    label: "The link",
  }),
});
