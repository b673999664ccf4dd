// Every kind of audit log entry: its action, the kind of row it is about, and the shape of its
// data, as one zod schema each in one discriminated union on `action`. Writing an entry parses
// it (lib/audit/write-audit.ts), so a new action or a new field is added here first;
// lib/audit/describe-entry.ts switches over the union exhaustively, so an action without a
// sentence fails the typecheck. Reading parses defensively: rows written before a shape
// changed (or by hand) are not events, and the log says so in a neutral sentence.
import { z } from "zod";

const id = z.guid();
const count = z.number().int().nonnegative();
const text = z.string();
const direction = z.enum(["up", "down"]);
const role = z.enum(["MEMBER", "ORGANIZER", "ADMIN"]);
const noData = z.strictObject({}).default({});

function event<A extends string, T extends string, D extends z.ZodType>(action: A, targetType: T, data: D) {
  return z.strictObject({ action: z.literal(action), targetType: z.literal(targetType), targetId: id, data });
}

const slug = z.strictObject({ slug: text });
const reason = z.strictObject({ reason: text.nullish() });
const attendee = z.strictObject({ userId: id });

export const auditEventSchema = z.discriminatedUnion("action", [
  // The schedule
  event("schedule.published", "series", z.strictObject({ version: count, changes: count, note: text })),
  event("schedule.imported", "series", z.strictObject({ created: count, skipped: count })),
  event("series.created", "series", slug),
  event("series.updated", "series", slug),
  event("series.deleted", "series", slug),
  event("season.created", "season", slug),
  event("season.updated", "season", noData),
  event("season.planned", "season", z.strictObject({ created: count, moved: count, keptEdits: count, orphaned: count, overflow: count })),
  event("track.created", "track", slug),
  event("track.updated", "track", slug),
  event("track.deleted", "track", slug),
  event("track.moved", "track", z.strictObject({ slug: text, direction })),
  event("track.lead_named", "track", z.strictObject({ slug: text, userId: id })),
  event("track.lead_removed", "track", z.strictObject({ slug: text, userId: id })),
  event("session.created", "session", z.strictObject({ title: text.nullish(), startsAt: z.iso.datetime() })),
  event("session.updated", "session", z.strictObject({ title: text.nullish() })),
  event("session.cancelled", "session", reason),
  event("session.restored", "session", noData),
  event("session.removed", "session", z.strictObject({ title: text.nullable() })),
  event("rsvp.added", "session", z.strictObject({ userId: id, mode: z.enum(["in_person", "remote"]) })),
  event("rsvp.removed", "session", attendee),
  event("rsvp.checked_in", "session", attendee),
  event("rsvp.check_in_undone", "session", attendee),
  event("reading.added", "session", z.union([z.strictObject({ slotId: id, paper: text }), z.strictObject({ slotId: id, suggestionId: id })])),
  event("reading.removed", "session", z.strictObject({ slotId: id, paperId: id })),
  event("reading.moved", "session", z.strictObject({ slotId: id, from: id })),
  // moveReading moves a reading down when it is given no direction.
  event("reading.reordered", "session", z.strictObject({ slotId: id, direction: direction.default("down") })),

  // Speakers
  event("claim.created", "claim", z.strictObject({ slotId: id, status: text })),
  event("claim.approved", "claim", reason),
  event("claim.declined", "claim", reason),
  event("claim.released", "claim", reason),
  event("claim.withdrawn", "slot", noData),
  event("talk.confirmed", "claim", noData),
  event("talk.slides_added", "slot", z.strictObject({ slidesUrl: text })),
  event("slot.assigned", "slot", attendee),
  event("author.invited", "slot", z.strictObject({ email: text })),
  event("invitation.accepted", "claim", noData),

  // Suggestions
  event("suggestion.accepted", "suggestion", z.strictObject({ track: text.nullable() })),
  event("suggestion.declined", "suggestion", reason),
  event("suggestion.merged", "suggestion", z.strictObject({ intoId: id })),
  event("suggestion.scheduled", "suggestion", z.union([z.strictObject({ slotId: id }), z.strictObject({ sessionId: id, date: z.iso.date() })])),
  event("readingList.imported", "suggestion", z.strictObject({ trackId: id, line: z.number().int().positive() })),

  // People
  event("role.changed", "user", z.strictObject({ from: role, to: role })),
  event("role.granted_by_admin_emails", "user", z.strictObject({ role: z.literal("ADMIN") })),
  event("account.deleted", "user", noData),
  event("account.unsubscribed", "user", z.strictObject({ kind: text })),
  event("account.resubscribed", "user", z.strictObject({ kind: text })),
]);

/** An entry as read back: action, target and data, typed together. */
export type AuditEvent = z.output<typeof auditEventSchema>;
/** An entry as a writer states it (data that defaults to {} may be left out). */
export type AuditEventInput = z.input<typeof auditEventSchema>;
export type AuditAction = AuditEvent["action"];

export const AUDIT_ACTIONS: readonly AuditAction[] = auditEventSchema.options.map((o) => o.shape.action.value);

/** A stored row as an event, or null when its shape is not (or no longer) one of the union's. */
export function readAuditEvent(row: { action: string; targetType: string; targetId: string | null; data: unknown }): AuditEvent | null {
  const parsed = auditEventSchema.safeParse({ action: row.action, targetType: row.targetType, targetId: row.targetId, data: row.data });
  return parsed.success ? parsed.data : null;
}
