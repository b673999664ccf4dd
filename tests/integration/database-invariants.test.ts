// The invariants the database itself guards, whatever code writes to it.
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database.ts";

describe("database invariants", () => {
  const database = useTestDatabase({ seeded: true });

  async function fullSession() {
    const db = database.current.db;
    const session = await db.session.findFirstOrThrow({ where: { isInPerson: true, status: "PUBLISHED" }, orderBy: { startsAt: "desc" } });
    return session;
  }

  it("never holds more confirmed in-person RSVPs than seats", async () => {
    const db = database.current.db;
    const session = await fullSession();
    await db.rsvp.deleteMany({ where: { sessionId: session.id } });
    await db.session.update({ where: { id: session.id }, data: { seats: 2 } });
    const people = await db.user.findMany({ take: 3, orderBy: { email: "asc" } });
    await db.rsvp.create({ data: { sessionId: session.id, userId: people[0].id, mode: "IN_PERSON", status: "CONFIRMED" } });
    await db.rsvp.create({ data: { sessionId: session.id, userId: people[1].id, mode: "IN_PERSON", status: "CONFIRMED" } });
    await expect(db.rsvp.create({ data: { sessionId: session.id, userId: people[2].id, mode: "IN_PERSON", status: "CONFIRMED" } })).rejects.toThrow(
      /sessions_in_person_confirmed_check/,
    );
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).inPersonConfirmed).toBe(2);
    // Lowering the seats below the confirmed count is refused too.
    await expect(db.session.update({ where: { id: session.id }, data: { seats: 1 } })).rejects.toThrow(/sessions_in_person_confirmed_check/);
    // Cancelling frees the seat; switching to remote too.
    await db.rsvp.update({ where: { sessionId_userId: { sessionId: session.id, userId: people[0].id } }, data: { status: "CANCELLED" } });
    await db.rsvp.update({ where: { sessionId_userId: { sessionId: session.id, userId: people[1].id } }, data: { mode: "REMOTE" } });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).inPersonConfirmed).toBe(0);
  });

  it("keeps seats from going below zero", async () => {
    const db = database.current.db;
    const session = await fullSession();
    await expect(db.session.update({ where: { id: session.id }, data: { seats: -1 } })).rejects.toThrow(/check/i);
  });

  it("allows one RSVP per person per session", async () => {
    const db = database.current.db;
    const rsvp = await db.rsvp.findFirstOrThrow();
    await expect(db.rsvp.create({ data: { sessionId: rsvp.sessionId, userId: rsvp.userId, mode: "REMOTE", status: "CONFIRMED" } })).rejects.toThrow(
      /Unique constraint/i,
    );
  });

  it("allows one vote per member per suggestion", async () => {
    const db = database.current.db;
    const vote = await db.vote.findFirstOrThrow();
    await expect(db.vote.create({ data: { suggestionId: vote.suggestionId, userId: vote.userId } })).rejects.toThrow(/Unique constraint/i);
  });

  it("allows one active speaker claim per slot, and a new one once the old is withdrawn", async () => {
    const db = database.current.db;
    const claim = await db.speakerClaim.findFirstOrThrow({ where: { status: "APPROVED", userId: { not: null } } });
    const other = await db.user.findFirstOrThrow({ where: { id: { not: claim.userId! } } });
    await expect(db.speakerClaim.create({ data: { slotId: claim.slotId, userId: other.id, status: "PENDING" } })).rejects.toThrow(
      /Unique constraint/i,
    );
    await db.speakerClaim.update({ where: { id: claim.id }, data: { status: "WITHDRAWN" } });
    await db.speakerClaim.create({ data: { slotId: claim.slotId, userId: other.id, status: "PENDING" } });
    expect(await db.speakerClaim.count({ where: { slotId: claim.slotId, status: { in: ["PENDING", "APPROVED", "INVITED"] } } })).toBe(1);
  });

  it("stores each paper once per canonical id", async () => {
    const db = database.current.db;
    const paper = await db.paper.findFirstOrThrow();
    await expect(db.paper.create({ data: { canonicalId: paper.canonicalId, source: paper.source, url: paper.url, title: "Copy" } })).rejects.toThrow(
      /Unique constraint/i,
    );
  });
});
