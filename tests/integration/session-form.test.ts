// The session form's rules in the domain functions, on a real database: what a session in
// person, remote or both keeps of the form (a mode's fields are dropped with the mode), what is
// refused with nothing written, and the rules that depend on RSVPs: a mode cannot be taken away
// from people who hold it, and a line for seats becomes remote when in person ends. The form's
// field rules alone are in tests/unit/session-form-rules.test.ts.
import { describe, expect, it } from "vitest";
import type { SignedInActor } from "../../lib/auth/actor.ts";
import { rsvpsOf } from "../../lib/rsvps/my-rsvps.ts";
import { cancelRsvp, rsvpToSession } from "../../lib/rsvps/rsvp.ts";
import { createSession, patchSession } from "../../lib/schedule/edit-session.ts";
import { localParts } from "../../lib/time/zoned.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";
import { people, rsvpSession, SITE } from "../support/rsvp-fixtures.ts";

/** A session of the form on a fixed day (the rules do not depend on today). */
const WHEN = { series: "test-of-time", date: "2031-05-07", startTime: "18:00", durationMinutes: 90 };
const PLACE = { venueName: "The library", venueAddress: "1 Main St", seats: "30" };
const LINK = { remoteUrl: "https://zoom.example/j/42" };
const PLACE_COLUMNS = { venueName: true, venueAddress: true, seats: true, remoteUrl: true, isInPerson: true, isRemote: true } as const;

describe("the session form's rules, in the domain functions", () => {
  const database = useTestDatabase({ seeded: true });
  const organizer = () => actorByEmail(database.current.db, "organizer@example.com");
  const stored = (id: string) =>
    database.current.db.session.findUniqueOrThrow({
      where: { id },
      select: { ...PLACE_COLUMNS, startsAt: true, endsAt: true, timeZone: true },
    });

  it("keeps the fields of each mode the session has, and drops those of a mode it has not", async () => {
    const actor = await organizer();
    const series = await database.current.db.series.findUniqueOrThrow({ where: { slug: "test-of-time" }, select: { timeZone: true } });

    const both = await stored((await createSession(actor, { ...WHEN, isInPerson: "on", isRemote: "on", ...PLACE, ...LINK })).id);
    expect(both).toMatchObject({ isInPerson: true, isRemote: true, venueName: "The library", venueAddress: "1 Main St", seats: 30, ...LINK });
    // When: the day and time in the series' zone (the form's zone left out), for its duration.
    expect(both.timeZone).toBe(series.timeZone);
    expect(localParts(both.startsAt, both.timeZone)).toMatchObject({ date: "2031-05-07", time: "18:00" });
    expect(both.endsAt.getTime() - both.startsAt.getTime()).toBe(90 * 60_000);

    const remote = await stored((await createSession(actor, { ...WHEN, isRemote: true, ...PLACE, ...LINK })).id);
    expect(remote).toMatchObject({ isInPerson: false, isRemote: true, venueName: null, venueAddress: null, seats: null, ...LINK });
    const remoteWithoutLink = await stored((await createSession(actor, { ...WHEN, isRemote: true })).id);
    expect(remoteWithoutLink).toMatchObject({ isInPerson: false, isRemote: true, remoteUrl: null });

    const inPerson = await stored((await createSession(actor, { ...WHEN, isInPerson: true, ...PLACE, ...LINK })).id);
    expect(inPerson).toMatchObject({ isInPerson: true, isRemote: false, venueName: "The library", seats: 30, remoteUrl: null });
  });

  it("refuses a session neither in person nor remote, or in person without venue or seats, and writes nothing", async () => {
    const actor = await organizer();
    const db = database.current.db;
    const before = { sessions: await db.session.count(), audit: await db.auditLog.count() };
    const refused = async (input: Record<string, unknown>) => {
      const error = await rejection(createSession(actor, { ...WHEN, ...input }));
      expect(error.code).toBe("validation");
      return error.fields;
    };
    expect(await refused({ ...PLACE, ...LINK })).toEqual({ isInPerson: "A session is in person, remote, or both." });
    expect(await refused({ isInPerson: "on", isRemote: "on", ...PLACE, seats: "" })).toEqual({ seats: "Say how many seats the venue has." });
    expect(await refused({ isInPerson: true, ...PLACE, venueName: " " })).toEqual({ venueName: "Name the venue of an in-person session." });
    expect(await refused({ isRemote: true, track: "no-such-track" })).toEqual({ track: "Choose a track of this series." });
    expect({ sessions: await db.session.count(), audit: await db.auditLog.count() }).toEqual(before);
  });

  describe("with RSVPs", () => {
    const rsvp = (who: SignedInActor, sessionId: string, mode: "in_person" | "remote") => rsvpToSession(who, { sessionId, mode }, SITE);
    const patch = async (sessionId: string, changes: Record<string, unknown>) => patchSession(await organizer(), { sessionId, changes }, SITE);

    it("keeps in person while someone holds a seat", async () => {
      const sessionId = await rsvpSession(database.current.db, { seats: 5 });
      const [a] = await people(database.current.db, 1);
      await rsvp(a, sessionId, "in_person");
      const refused = await rejection(patch(sessionId, { isInPerson: false }));
      expect([refused.code, refused.message, refused.fields]).toEqual([
        "validation",
        "People already have a seat in person.",
        { isInPerson: "Move the in-person RSVPs to remote before." },
      ]);
      expect(await stored(sessionId)).toMatchObject({ isInPerson: true, seats: 5, venueName: "The venue" });
    });

    it("keeps remote while someone joins remotely, as it keeps in person for a seat", async () => {
      const sessionId = await rsvpSession(database.current.db, { seats: 5 });
      const [a] = await people(database.current.db, 1);
      await rsvp(a, sessionId, "remote");
      const refused = await rejection(patch(sessionId, { isRemote: false }));
      expect([refused.code, refused.message, refused.fields]).toEqual([
        "validation",
        "People already joined remotely.",
        { isRemote: "Move the remote RSVPs to in person before." },
      ]);
      expect(await stored(sessionId)).toMatchObject({ isRemote: true, remoteUrl: "https://zoom.example/j/123" });
      // Once nobody joins remotely, the session can be in person only (and its link goes).
      await cancelRsvp(a, { sessionId }, SITE);
      await patch(sessionId, { isRemote: false });
      expect(await stored(sessionId)).toMatchObject({ isInPerson: true, isRemote: false, remoteUrl: null, seats: 5 });
    });

    it("makes the line for seats remote when the session stops being in person", async () => {
      const sessionId = await rsvpSession(database.current.db, { seats: 0 });
      const [a] = await people(database.current.db, 1);
      expect(await rsvp(a, sessionId, "in_person")).toMatchObject({ status: "waitlisted" });
      await patch(sessionId, { isInPerson: false });
      expect(await stored(sessionId)).toMatchObject({ isInPerson: false, isRemote: true, seats: null, venueName: null });
      expect((await rsvpsOf(a, [sessionId])).get(sessionId)).toMatchObject({ status: "confirmed", mode: "remote" });
    });

    it("asks a remote session made in person for its venue and seats (the change is checked whole)", async () => {
      const sessionId = await rsvpSession(database.current.db, { isInPerson: false });
      const refused = await rejection(patch(sessionId, { isInPerson: true }));
      expect(refused.fields).toEqual({ seats: "Say how many seats the venue has.", venueName: "Name the venue of an in-person session." });
      await patch(sessionId, { isInPerson: true, venueName: "The hall", seats: 12 });
      expect(await stored(sessionId)).toMatchObject({ isInPerson: true, isRemote: true, venueName: "The hall", seats: 12 });
    });
  });
});
