// The typed audit events: every action in the union has a sample here (a missing one fails the
// typecheck), a kind of change and its own sentence; writing an entry the union does not know
// throws before anything is stored; a stored row of an unknown shape still gets a neutral sentence.
import { describe, expect, it, vi } from "vitest";
import { AUDIT_ACTIONS, auditEventSchema, readAuditEvent, type AuditAction, type AuditEventInput } from "../../lib/audit/audit-events.ts";
import { describeEntry, describeUnknownEntry, type AuditTargets } from "../../lib/audit/describe-entry.ts";
import { kindOfAction } from "../../lib/audit/schemas.ts";
import { writeAudit } from "../../lib/audit/write-audit.ts";

const ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
const OTHER = "9b2f1c4e-8d7a-4e6b-a5c3-2d1e0f9a8b7c";

const SAMPLES: { [A in AuditAction]: Extract<AuditEventInput, { action: A }> } = {
  "schedule.published": { action: "schedule.published", targetType: "series", targetId: ID, data: { version: 2, changes: 3, note: "" } },
  "schedule.imported": { action: "schedule.imported", targetType: "series", targetId: ID, data: { created: 4, skipped: 1 } },
  "series.created": { action: "series.created", targetType: "series", targetId: ID, data: { slug: "test-of-time" } },
  "series.updated": { action: "series.updated", targetType: "series", targetId: ID, data: { slug: "test-of-time" } },
  "series.deleted": { action: "series.deleted", targetType: "series", targetId: ID, data: { slug: "a-mistake" } },
  "season.created": { action: "season.created", targetType: "season", targetId: ID, data: { slug: "2027" } },
  "season.updated": { action: "season.updated", targetType: "season", targetId: ID },
  "season.planned": {
    action: "season.planned",
    targetType: "season",
    targetId: ID,
    data: { created: 3, moved: 1, keptEdits: 0, orphaned: 0, overflow: 0 },
  },
  "track.created": { action: "track.created", targetType: "track", targetId: ID, data: { slug: "attention" } },
  "track.updated": { action: "track.updated", targetType: "track", targetId: ID, data: { slug: "attention" } },
  "track.deleted": { action: "track.deleted", targetType: "track", targetId: ID, data: { slug: "attention" } },
  "track.moved": { action: "track.moved", targetType: "track", targetId: ID, data: { slug: "attention", direction: "up" } },
  "track.lead_named": { action: "track.lead_named", targetType: "track", targetId: ID, data: { slug: "attention", userId: OTHER } },
  "track.lead_removed": { action: "track.lead_removed", targetType: "track", targetId: ID, data: { slug: "attention", userId: OTHER } },
  "session.created": {
    action: "session.created",
    targetType: "session",
    targetId: ID,
    data: { title: "Kickoff", startsAt: "2027-01-06T20:00:00.000Z" },
  },
  "session.updated": { action: "session.updated", targetType: "session", targetId: ID, data: { title: "Kickoff" } },
  "session.cancelled": { action: "session.cancelled", targetType: "session", targetId: ID, data: { reason: "Snow." } },
  "session.restored": { action: "session.restored", targetType: "session", targetId: ID },
  "session.removed": { action: "session.removed", targetType: "session", targetId: ID, data: { title: null } },
  "rsvp.added": { action: "rsvp.added", targetType: "session", targetId: ID, data: { userId: OTHER, mode: "remote" } },
  "rsvp.removed": { action: "rsvp.removed", targetType: "session", targetId: ID, data: { userId: OTHER } },
  "rsvp.checked_in": { action: "rsvp.checked_in", targetType: "session", targetId: ID, data: { userId: OTHER } },
  "rsvp.check_in_undone": { action: "rsvp.check_in_undone", targetType: "session", targetId: ID, data: { userId: OTHER } },
  "reading.added": { action: "reading.added", targetType: "session", targetId: ID, data: { slotId: OTHER, paper: "arxiv:1706.03762" } },
  "reading.removed": { action: "reading.removed", targetType: "session", targetId: ID, data: { slotId: OTHER, paperId: OTHER } },
  "reading.moved": { action: "reading.moved", targetType: "session", targetId: ID, data: { slotId: OTHER, from: OTHER } },
  "reading.reordered": { action: "reading.reordered", targetType: "session", targetId: ID, data: { slotId: OTHER, direction: "down" } },
  "claim.created": { action: "claim.created", targetType: "claim", targetId: ID, data: { slotId: OTHER, status: "PENDING" } },
  "claim.approved": { action: "claim.approved", targetType: "claim", targetId: ID, data: { reason: null } },
  "claim.declined": { action: "claim.declined", targetType: "claim", targetId: ID, data: { reason: "An author presents it." } },
  "claim.released": { action: "claim.released", targetType: "claim", targetId: ID, data: { reason: "unconfirmed" } },
  "claim.withdrawn": { action: "claim.withdrawn", targetType: "slot", targetId: ID },
  "talk.confirmed": { action: "talk.confirmed", targetType: "claim", targetId: ID },
  "talk.slides_added": { action: "talk.slides_added", targetType: "slot", targetId: ID, data: { slidesUrl: "https://example.com/s.pdf" } },
  "slot.assigned": { action: "slot.assigned", targetType: "slot", targetId: ID, data: { userId: OTHER } },
  "author.invited": { action: "author.invited", targetType: "slot", targetId: ID, data: { email: "author@example.com" } },
  "invitation.accepted": { action: "invitation.accepted", targetType: "claim", targetId: ID },
  "suggestion.accepted": { action: "suggestion.accepted", targetType: "suggestion", targetId: ID, data: { track: null } },
  "suggestion.declined": { action: "suggestion.declined", targetType: "suggestion", targetId: ID, data: { reason: "Off topic." } },
  "suggestion.merged": { action: "suggestion.merged", targetType: "suggestion", targetId: ID, data: { intoId: OTHER } },
  "suggestion.scheduled": { action: "suggestion.scheduled", targetType: "suggestion", targetId: ID, data: { sessionId: OTHER, date: "2027-01-06" } },
  "readingList.imported": { action: "readingList.imported", targetType: "suggestion", targetId: ID, data: { trackId: OTHER, line: 1 } },
  "role.changed": { action: "role.changed", targetType: "user", targetId: ID, data: { from: "MEMBER", to: "ORGANIZER" } },
  "role.granted_by_admin_emails": { action: "role.granted_by_admin_emails", targetType: "user", targetId: ID, data: { role: "ADMIN" } },
  "account.deleted": { action: "account.deleted", targetType: "user", targetId: ID },
  "account.unsubscribed": { action: "account.unsubscribed", targetType: "user", targetId: ID, data: { kind: "day-before" } },
  "account.resubscribed": { action: "account.resubscribed", targetType: "user", targetId: ID, data: { kind: "day-before" } },
};

const NO_TARGETS: AuditTargets = {
  series: new Map(),
  seasons: new Map(),
  tracks: new Map(),
  sessions: new Map(),
  slots: new Map(),
  claims: new Map(),
  suggestions: new Map(),
  users: new Map(),
};

/** A stored row, as the audit log page reads it. */
const stored = (sample: AuditEventInput) => {
  const { action, targetType, targetId, data } = auditEventSchema.parse(sample);
  return { action, targetType, targetId, data: JSON.parse(JSON.stringify(data)) as unknown };
};

function fakeTx() {
  const create = vi.fn(async (_args: unknown) => ({}));
  return { tx: { auditLog: { create } } as unknown as Parameters<typeof writeAudit>[1], create };
}

describe("audit events", () => {
  it("has a sample for exactly the actions of the union", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it("gives every action a kind of change and a sentence of its own, never the neutral one", () => {
    const sentences = new Set<string>();
    for (const sample of Object.values(SAMPLES)) {
      const row = stored(sample);
      expect(kindOfAction(sample.action), sample.action).not.toBe("other");
      expect(readAuditEvent(row), sample.action).not.toBeNull();
      const { summary } = describeEntry(row, NO_TARGETS);
      expect(summary, sample.action).not.toBe(describeUnknownEntry(row).summary);
      expect(summary, sample.action).not.toContain(sample.action);
      sentences.add(summary);
    }
    expect(sentences.size).toBe(AUDIT_ACTIONS.length);
  });

  it("says that a series was deleted, by the slug it had", () => {
    expect(describeEntry(stored(SAMPLES["series.deleted"]), NO_TARGETS)).toEqual({ summary: "Deleted the series “a-mistake”", link: null });
  });

  it("reads a row of an unknown action or shape as a neutral sentence", () => {
    const unknown = { action: "series.frobbed", targetType: "series", targetId: ID, data: {} };
    const oldShape = { action: "role.changed", targetType: "user", targetId: ID, data: { from: 1 } };
    const noTarget = { action: "session.restored", targetType: "session", targetId: null, data: {} };
    const nothing = { action: "test.rolled_back", targetType: "test", targetId: null, data: null };
    for (const row of [unknown, oldShape, noTarget]) expect(readAuditEvent(row)).toBeNull();
    expect(describeEntry(unknown, NO_TARGETS)).toEqual({ summary: "Made a change to a series", link: null });
    expect(describeEntry(oldShape, NO_TARGETS)).toEqual({ summary: "Made a change to an account", link: null });
    expect(describeEntry(noTarget, NO_TARGETS).summary).toBe("Made a change to a session");
    expect(describeEntry(nothing, NO_TARGETS)).toEqual({ summary: "Made a change", link: null });
  });

  it("writes a valid entry as parsed, with data defaulting to {}", async () => {
    const { tx, create } = fakeTx();
    await writeAudit({ actorId: null, ...SAMPLES["account.deleted"] }, tx);
    await writeAudit({ actorId: OTHER, ...SAMPLES["track.moved"] }, tx);
    const at = expect.any(Date); // the app's clock (lib/time/clock.ts)
    expect(create.mock.calls.map(([args]) => args)).toEqual([
      { data: { actorId: null, action: "account.deleted", targetType: "user", targetId: ID, data: {}, createdAt: at } },
      {
        data: {
          actorId: OTHER,
          action: "track.moved",
          targetType: "track",
          targetId: ID,
          data: { slug: "attention", direction: "up" },
          createdAt: at,
        },
      },
    ]);
  });

  it("refuses to write an entry the union does not know, and stores nothing", async () => {
    const { tx, create } = fakeTx();
    const invalid = [
      { action: "series.frobbed", targetType: "series", targetId: ID, data: {} },
      { ...SAMPLES["series.deleted"], targetType: "session" },
      { ...SAMPLES["series.deleted"], targetId: "not-an-id" },
      { ...SAMPLES["series.deleted"], data: {} },
      { ...SAMPLES["series.deleted"], data: { slug: "x", extra: true } },
      { ...SAMPLES["role.changed"], data: { from: "MEMBER", to: "OWNER" } },
      { ...SAMPLES["session.created"], data: { title: "x", startsAt: "next week" } },
    ];
    for (const entry of invalid) {
      await expect(writeAudit({ actorId: null, ...(entry as AuditEventInput) }, tx), JSON.stringify(entry)).rejects.toThrow();
    }
    expect(create).not.toHaveBeenCalled();
  });
});
