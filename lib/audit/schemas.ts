// The audit log page's filters: a person (a user id), a kind of change (a group of actions), a page.
import { z } from "zod";
import { id, pageNumber } from "../validation/fields.ts";

/** Kinds of change, each a group of actions by the prefix before the dot. */
export const AUDIT_KINDS = [
  { value: "schedule", label: "Schedule", prefixes: ["schedule.", "session.", "reading.", "series.", "season.", "track."] },
  { value: "speakers", label: "Speakers", prefixes: ["claim.", "invitation.", "talk.", "slot.", "author."] },
  { value: "suggestions", label: "Suggestions", prefixes: ["suggestion.", "readingList."] },
  { value: "attendees", label: "Attendees and check-in", prefixes: ["rsvp."] },
  { value: "people", label: "People and roles", prefixes: ["role.", "account."] },
] as const;

export type AuditKind = (typeof AUDIT_KINDS)[number]["value"];

const KIND_VALUES = AUDIT_KINDS.map((k) => k.value) as [AuditKind, ...AuditKind[]];

/** The kind of an action, or "other" for an action no kind groups. */
export function kindOfAction(action: string): AuditKind | "other" {
  return AUDIT_KINDS.find((k) => k.prefixes.some((p) => action.startsWith(p)))?.value ?? "other";
}

export const auditQuerySchema = z.object({
  person: id("person").optional(),
  kind: z.enum(KIND_VALUES, { error: "Choose one of the kinds in the list." }).optional(),
  page: pageNumber,
});

export type AuditQuery = z.input<typeof auditQuerySchema>;
