// RSVPs one step at a time: modes, the waitlist and its positions, promotions with their emails,
// closing at the start, organizers' lists and check-in, and account deletion giving up a seat.
import { describe, expect, it } from "vitest";
import type { SignedInActor } from "../../lib/auth/actor.ts";
import type { Db } from "../../lib/db/client.ts";
import { listAuditLog } from "../../lib/audit/list-audit.ts";
import { MAIL_QUEUE } from "../../lib/mail/enqueue-mail.ts";
import { listAttendees } from "../../lib/rsvps/list-attendees.ts";
import { addAttendee, removeAttendee, setCheckedIn } from "../../lib/rsvps/manage-attendees.ts";
import { listMyRsvps, rsvpsOf } from "../../lib/rsvps/my-rsvps.ts";
import { cancelRsvp, rsvpToSession } from "../../lib/rsvps/rsvp.ts";
import { composePendingRsvpNotices } from "../../lib/rsvps/rsvp-notice.ts";
import { patchSession } from "../../lib/schedule/edit-session.ts";
import { deleteAccount } from "../../lib/users/delete-account.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";
import { people, rsvpSession, SITE } from "../support/rsvp-fixtures.ts";
import { appNow } from "../../lib/time/clock.ts";

// A member's answer queues a notice; its worker composes the emails (decision 029).
async function mailsTo(db: Db, to: string): Promise<{ subject: string; text: string }[]> {
  await composePendingRsvpNotices();
  return db.$queryRawUnsafe(
    `SELECT data->>'subject' AS subject, data->>'text' AS text FROM pgboss.job WHERE name = $1 AND data->>'to' = $2 ORDER BY created_on`,
    MAIL_QUEUE,
    to,
  );
}

describe("RSVPs", () => {
  const database = useTestDatabase({ seeded: true });
  const rsvp = (who: SignedInActor, sessionId: string, mode: "in_person" | "remote", now?: Date) =>
    rsvpToSession(who, { sessionId, mode }, { ...SITE, now });

  it("confirms while seats last, then waitlists in order with the remote link meanwhile", async () => {
    const db = database.current.db;
    const sessionId = await rsvpSession(db, { seats: 2 });
    const [a, b, c, d] = await people(db, 4);
    expect(await rsvp(a, sessionId, "in_person")).toEqual({ sessionId, status: "confirmed", mode: "in_person" });
    expect(await rsvp(b, sessionId, "in_person")).toEqual({ sessionId, status: "confirmed", mode: "in_person" });
    expect(await rsvp(c, sessionId, "in_person")).toEqual({ sessionId, status: "waitlisted", mode: "in_person", position: 1 });
    expect(await rsvp(d, sessionId, "in_person")).toEqual({ sessionId, status: "waitlisted", mode: "in_person", position: 2 });
    // Asking again keeps one RSVP and the same place; no second email.
    expect(await rsvp(d, sessionId, "in_person")).toEqual({ sessionId, status: "waitlisted", mode: "in_person", position: 2 });
    const [mail, ...more] = await mailsTo(db, d.email!);
    expect(more).toEqual([]);
    expect(mail.subject).toBe("Waitlisted: RSVP test session");
    expect(mail.text).toContain("you are number 2 on the waitlist");
    expect(mail.text).toContain("Meanwhile you can always join remotely: https://zoom.example/j/123");
    expect(mail.text).toContain("https://paperclub.test/sessions/" + sessionId);
    // A waitlisted person is remote meanwhile: their page shows the link.
    expect((await rsvpsOf(d, [sessionId])).get(sessionId)).toMatchObject({
      status: "waitlisted",
      position: 2,
      remoteUrl: "https://zoom.example/j/123",
    });
    expect(await rsvpsOf(null, [sessionId])).toEqual(new Map());
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).inPersonConfirmed).toBe(2);
  });

  it("moves the line by itself when a seat frees up: a switch to remote, a cancellation", async () => {
    const db = database.current.db;
    const sessionId = await rsvpSession(db, { seats: 1 });
    const [a, b, c] = await people(db, 3);
    await rsvp(a, sessionId, "in_person");
    await rsvp(b, sessionId, "in_person");
    await rsvp(c, sessionId, "in_person");
    // a switches to remote: b (first in line) gets the seat and an email; c moves up.
    expect(await rsvp(a, sessionId, "remote")).toEqual({ sessionId, status: "confirmed", mode: "remote" });
    expect((await rsvpsOf(b, [sessionId])).get(sessionId)).toMatchObject({ status: "confirmed", mode: "in_person" });
    expect((await mailsTo(db, b.email!)).map((m) => m.subject)).toEqual(["Waitlisted: RSVP test session", "You have a seat: RSVP test session"]);
    expect((await rsvpsOf(c, [sessionId])).get(sessionId)).toMatchObject({ status: "waitlisted", position: 1 });
    // b cancels: c is promoted.
    expect(await cancelRsvp(b, { sessionId }, SITE)).toEqual({ cancelled: true });
    expect((await rsvpsOf(c, [sessionId])).get(sessionId)).toMatchObject({ status: "confirmed", mode: "in_person" });
    expect((await rsvpsOf(b, [sessionId])).get(sessionId)).toBeUndefined();
    // Cancelling twice is a clear 404; RSVPing again after a cancellation works.
    expect((await rejection(cancelRsvp(b, { sessionId }, SITE))).message).toBe("You have no RSVP for this session.");
    expect(await rsvp(b, sessionId, "in_person")).toEqual({ sessionId, status: "waitlisted", mode: "in_person", position: 1 });
    // A waitlisted person switching to remote leaves the line.
    expect(await rsvp(b, sessionId, "remote")).toEqual({ sessionId, status: "confirmed", mode: "remote" });
    expect(await db.rsvp.count({ where: { sessionId, status: "WAITLISTED" } })).toBe(0);
  });

  it("offers only the session's modes, and closes when the session starts (organizers can still add people)", async () => {
    const db = database.current.db;
    const remoteOnly = await rsvpSession(db, { isInPerson: false });
    const inPersonOnly = await rsvpSession(db, { isRemote: false, seats: 5 });
    const [a] = await people(db, 1);
    const refused = await rejection(rsvp(a, remoteOnly, "in_person"));
    expect([refused.code, refused.fields]).toEqual(["validation", { mode: "This session is remote only." }]);
    expect((await rejection(rsvp(a, inPersonOnly, "remote"))).fields).toEqual({ mode: "This session is in person only." });
    expect((await rejection(rsvpToSession(a, { sessionId: remoteOnly, mode: "both" as never }, SITE))).code).toBe("validation");
    expect((await rejection(rsvpToSession(a, { sessionId: "not-an-id", mode: "remote" }, SITE))).code).toBe("not_found");
    expect(await db.rsvp.count({ where: { userId: a.id } })).toBe(0);

    const started = new Date(appNow().getTime() + 8 * 86_400_000);
    const closed = await rejection(rsvp(a, remoteOnly, "remote", started));
    expect([closed.code, closed.message]).toEqual(["conflict", "RSVPs closed when this session started."]);
    const organizer = await actorByEmail(db, "organizer@example.com");
    const added = await addAttendee(organizer, { sessionId: remoteOnly, email: "Walk-In@Example.com", mode: "remote" }, { ...SITE, now: started });
    expect(added).toMatchObject({ status: "confirmed", mode: "remote" });
    expect((await db.user.findUniqueOrThrow({ where: { id: added.userId } })).email).toBe("walk-in@example.com");
    // Members cannot manage others' RSVPs.
    expect((await rejection(addAttendee(a, { sessionId: remoteOnly, email: "x@example.com", mode: "remote" }, SITE))).code).toBe("forbidden");
  });

  it("refuses cancelled, draft and removed sessions", async () => {
    const db = database.current.db;
    const [a] = await people(db, 1);
    const cancelled = await rsvpSession(db);
    await db.session.update({ where: { id: cancelled }, data: { status: "CANCELLED" } });
    expect((await rejection(rsvp(a, cancelled, "remote"))).message).toBe("This session is cancelled.");
    const draft = await rsvpSession(db);
    await db.session.update({ where: { id: draft }, data: { status: "DRAFT" } });
    expect((await rejection(rsvp(a, draft, "remote"))).code).toBe("not_found");
    const removed = await rsvpSession(db);
    await db.session.update({ where: { id: removed }, data: { removedAt: appNow() } });
    expect((await rejection(rsvp(a, removed, "remote"))).code).toBe("not_found");
    expect(await rejection(rsvpToSession(null, { sessionId: draft, mode: "remote" }, SITE))).toMatchObject({ code: "unauthenticated" });
  });

  it("gives the seat of a deleted account to the next person in line, in the same transaction", async () => {
    const db = database.current.db;
    const sessionId = await rsvpSession(db, { seats: 1 });
    const other = await rsvpSession(db, { seats: 1 });
    const [a, b, c] = await people(db, 3);
    await rsvp(a, sessionId, "in_person");
    await rsvp(a, other, "in_person");
    await rsvp(b, sessionId, "in_person");
    await rsvp(c, other, "in_person");
    await composePendingRsvpNotices(); // as the worker does meanwhile: c has heard they are waitlisted
    await deleteAccount(a, { confirm: "DELETE" }, SITE);
    expect((await rsvpsOf(b, [sessionId])).get(sessionId)).toMatchObject({ status: "confirmed", mode: "in_person" });
    expect((await rsvpsOf(c, [other])).get(other)).toMatchObject({ status: "confirmed", mode: "in_person" });
    expect(await db.rsvp.count({ where: { userId: a.id, status: { not: "CANCELLED" } } })).toBe(0);
    expect((await mailsTo(db, c.email!)).at(-1)!.subject).toBe("You have a seat: RSVP test session");
  });

  it("promotes the line when an organizer adds seats, and refuses fewer seats than people seated", async () => {
    const db = database.current.db;
    const organizer = await actorByEmail(db, "organizer@example.com");
    const sessionId = await rsvpSession(db, { seats: 1 });
    const [a, b, c, d] = await people(db, 4);
    for (const p of [a, b, c, d]) await rsvp(p, sessionId, "in_person");
    await patchSession(organizer, { sessionId, changes: { seats: 3 } }, SITE);
    const states = await Promise.all([b, c, d].map(async (p) => (await rsvpsOf(p, [sessionId])).get(sessionId)));
    expect(states.map((s) => [s!.status, s!.position])).toEqual([
      ["confirmed", undefined],
      ["confirmed", undefined],
      ["waitlisted", 1],
    ]);
    const refused = await rejection(patchSession(organizer, { sessionId, changes: { seats: 2 } }, SITE));
    expect(refused.fields).toEqual({ seats: "3 people already have a seat: keep at least that many." });
  });

  it("lists attendees for organizers with counts, the line in order, check-ins and no-shows over the season", async () => {
    const db = database.current.db;
    const organizer = await actorByEmail(db, "organizer@example.com");
    const sessionId = await rsvpSession(db, { seats: 2, startsInDays: 2 });
    const earlier = await rsvpSession(db, { seats: 10, startsInDays: 1 });
    const [a, b, c, d] = await people(db, 4);
    await rsvp(a, earlier, "in_person");
    await rsvp(b, earlier, "in_person");
    for (const p of [a, b, c]) await rsvp(p, sessionId, "in_person");
    await rsvp(d, sessionId, "remote");
    await setCheckedIn(organizer, { sessionId: earlier, userId: b.id, checkedIn: true });
    // The earlier session is over: a held a seat and never came.
    await db.session.update({
      where: { id: earlier },
      data: { startsAt: new Date(appNow().getTime() - 86_400_000), endsAt: new Date(appNow().getTime() - 80_000_000) },
    });

    const list = await listAttendees(organizer, { sessionId });
    expect(list.counts).toEqual({ confirmed: 2, waitlisted: 1, remote: 1, checkedIn: 0 });
    expect(list.attendees.map((x) => [x.email, x.status, x.mode, x.position, x.noShows])).toEqual([
      [a.email, "confirmed", "in_person", null, 1],
      [b.email, "confirmed", "in_person", null, 0],
      [c.email, "waitlisted", "in_person", 1, 0],
      [d.email, "confirmed", "remote", null, 0],
    ]);
    const checked = await setCheckedIn(organizer, { sessionId, userId: a.id, checkedIn: true });
    expect(checked.checkedIn).toBe(1);
    expect((await setCheckedIn(organizer, { sessionId, userId: a.id, checkedIn: true })).checkedIn).toBe(1); // a second tap
    expect((await setCheckedIn(organizer, { sessionId, userId: a.id, checkedIn: false })).checkedIn).toBe(0);
    // Each change at the door is in the audit log with who made it; the repeated tap is not.
    const doorLog = await db.auditLog.findMany({
      where: { targetId: sessionId, action: { startsWith: "rsvp.check" } },
      select: { actorId: true, action: true, data: true },
    });
    expect(doorLog).toHaveLength(2);
    expect(doorLog).toEqual(
      expect.arrayContaining([
        { actorId: organizer.id, action: "rsvp.checked_in", data: { userId: a.id } },
        { actorId: organizer.id, action: "rsvp.check_in_undone", data: { userId: a.id } },
      ]),
    );
    const log = await listAuditLog(organizer, { kind: "attendees" });
    const name = (await db.user.findUniqueOrThrow({ where: { id: a.id } })).name;
    expect(log.entries.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^Checked in ${name} at the session `)),
        expect.stringMatching(/^Took back the check-in of /),
      ]),
    );
    expect(log.entries.find((e) => e.action === "rsvp.checked_in")!.link).toBe(`/organize/sessions/${sessionId}/check-in`);
    expect((await rejection(setCheckedIn(organizer, { sessionId, userId: organizer.id, checkedIn: true }))).code).toBe("not_found");
    expect((await rejection(listAttendees(a, { sessionId }))).code).toBe("forbidden");

    await removeAttendee(organizer, { sessionId, userId: a.id }, SITE);
    expect((await listAttendees(organizer, { sessionId })).counts).toEqual({ confirmed: 2, waitlisted: 0, remote: 1, checkedIn: 0 });
  });

  it("lists a person's own RSVPs with the remote link, upcoming and past", async () => {
    const db = database.current.db;
    const [a] = await people(db, 1);
    const soon = await rsvpSession(db, { startsInDays: 3 });
    const later = await rsvpSession(db, { startsInDays: 9, isInPerson: false });
    await rsvp(a, later, "remote");
    await rsvp(a, soon, "in_person");
    const mine = await listMyRsvps(a);
    expect(mine.upcoming.map((r) => [r.session.id, r.status, r.mode, r.remoteUrl, r.session.seatsLeft])).toEqual([
      [soon, "confirmed", "in_person", "https://zoom.example/j/123", 59],
      [later, "confirmed", "remote", "https://zoom.example/j/123", null],
    ]);
    expect(mine.past).toEqual([]);
  });
});
