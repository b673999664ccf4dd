// Track leads (issue 20, first part): organizers name them; a lead curates the readings of their
// own track's sessions — not another track's, and publishing stays with organizers. A lead is
// read with the person on every request (the actor's statement, lib/auth/session-actor.ts), so
// naming or removing one counts at once.
import { describe, expect, it } from "vitest";
import { actorFor } from "../../lib/auth/session-actor.ts";
import { systemNow } from "../../lib/time/clock.ts";
import type { RunSql } from "../../lib/db/run-sql.ts";
import { publishSchedule } from "../../lib/publications/publish-schedule.ts";
import { addReading, moveReading, removeReading } from "../../lib/schedule/edit-readings.ts";
import { getTrack } from "../../lib/schedule/get-track.ts";
import { setTrackLead } from "../../lib/tracks/track-leads.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";

describe("track leads", () => {
  const database = useTestDatabase({ seeded: true });

  /** The member as a request would see them: through their session row, leads included. */
  async function signedIn(email: string) {
    const db = database.current.db;
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const token = `lead-test-${user.id}`;
    await db.authSession.upsert({
      where: { sessionToken: token },
      create: { sessionToken: token, userId: user.id, expires: new Date(systemNow().getTime() + 86_400_000) },
      update: {},
    });
    const run: RunSql = (sql, params) => db.$queryRawUnsafe(sql, ...params);
    return (await actorFor(run, user.id, token))!;
  }

  /** Two sessions of the Test of Time season on different tracks, each with a reading. */
  async function twoTracks() {
    const db = database.current.db;
    const sessions = await db.session.findMany({
      where: { series: { slug: "test-of-time" }, trackId: { not: null }, removedAt: null, slots: { some: {} } },
      orderBy: { startsAt: "asc" },
      include: { track: true, slots: { orderBy: { position: "asc" }, include: { claims: true } } },
    });
    const mine = sessions[0];
    const theirs = sessions.find((s) => s.trackId !== mine.trackId)!;
    return { mine, theirs };
  }

  it("lets a lead curate their track's readings, and not another track's, nor publish", async () => {
    const organizer = await actorByEmail(database.current.db, "organizer@example.com");
    const { mine, theirs } = await twoTracks();
    const member = await signedIn("member@example.com");
    const reading = { reference: "https://example.com/lead-reading", title: "A lead's reading" };
    // Before: a member curates nothing.
    expect((await rejection(addReading(member, { sessionId: mine.id, ...reading }))).code).toBe("forbidden");

    await setTrackLead(organizer, { track: mine.track!.slug, userId: member.id }, true);
    const lead = await signedIn("member@example.com");
    expect(lead.leads).toEqual([mine.trackId]);
    const added = await addReading(lead, { sessionId: mine.id, ...reading });
    expect(added.sessionId).toBe(mine.id);
    await moveReading(lead, { slotId: added.slotId, direction: "up" });
    await removeReading(lead, { slotId: added.slotId });
    // Another track's session: refused, and nothing written there.
    const before = await database.current.db.slot.count({ where: { sessionId: theirs.id } });
    expect((await rejection(addReading(lead, { sessionId: theirs.id, ...reading }))).code).toBe("forbidden");
    expect((await rejection(moveReading(lead, { slotId: theirs.slots[0].id, direction: "down" }))).code).toBe("forbidden");
    expect(await database.current.db.slot.count({ where: { sessionId: theirs.id } })).toBe(before);
    // Nor move a reading of their track into another track's session.
    const own = await addReading(lead, { sessionId: mine.id, ...reading });
    expect((await rejection(moveReading(lead, { slotId: own.slotId, toSessionId: theirs.id }))).code).toBe("forbidden");
    // Publishing stays with organizers.
    expect((await rejection(publishSchedule(lead, { series: "test-of-time" }, { siteUrl: "https://paperclub.test" }))).code).toBe("forbidden");

    // Removed: refused again at once.
    await setTrackLead(organizer, { track: mine.track!.slug, userId: member.id }, false);
    const former = await signedIn("member@example.com");
    expect(former.leads).toEqual([]);
    expect((await rejection(addReading(former, { sessionId: mine.id, reference: "https://example.com/other", title: "Other" }))).code).toBe(
      "forbidden",
    );
  });

  it("is named by organizers only, idempotently, with one audit entry per change, and shown on the track page", async () => {
    const db = database.current.db;
    const organizer = await actorByEmail(db, "organizer@example.com");
    const member = await actorByEmail(db, "member@example.com");
    const { mine } = await twoTracks();
    const slug = mine.track!.slug;
    expect((await rejection(setTrackLead(member, { track: slug, userId: member.id }, true))).code).toBe("forbidden");
    expect((await rejection(setTrackLead(null, { track: slug, userId: member.id }, true))).code).toBe("unauthenticated");
    expect((await rejection(setTrackLead(organizer, { track: "no-such-track", userId: member.id }, true))).code).toBe("not_found");
    expect((await rejection(setTrackLead(organizer, { track: slug, userId: "not-an-id" }, true))).code).toBe("not_found");

    await Promise.all(Array.from({ length: 5 }, () => setTrackLead(organizer, { track: slug, userId: member.id }, true)));
    expect(await db.trackLead.count({ where: { trackId: mine.trackId!, userId: member.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "track.lead_named", targetId: mine.trackId! } })).toBe(1);
    expect((await getTrack(null, { slug })).leads).toEqual([member.name]);

    await setTrackLead(organizer, { track: slug, userId: member.id }, false);
    await setTrackLead(organizer, { track: slug, userId: member.id }, false);
    expect(await db.auditLog.count({ where: { action: "track.lead_removed", targetId: mine.trackId! } })).toBe(1);
    expect((await getTrack(null, { slug })).leads).toEqual([]);
  });
});
