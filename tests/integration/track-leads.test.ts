// Track leads (issue 20, first part): organizers name them; a lead curates the readings of their
// own track's sessions — not another track's, and publishing stays with organizers. A lead is
// read with the person on every request (the actor's statement, lib/auth/session-actor.ts), so
// naming or removing one counts at once.
import { describe, expect, it } from "vitest";
import { actorFor } from "../../lib/auth/session-actor.ts";
import { appNow, systemNow } from "../../lib/time/clock.ts";
import type { RunSql } from "../../lib/db/run-sql.ts";
import { publishSchedule } from "../../lib/publications/publish-schedule.ts";
import { addReading, moveReading, removeReading } from "../../lib/schedule/edit-readings.ts";
import { getTrack } from "../../lib/schedule/get-track.ts";
import { setTrackLead } from "../../lib/tracks/track-leads.ts";
import { approveClaim, declineClaim } from "../../lib/speakers/claims.ts";
import { assignSpeaker } from "../../lib/speakers/assign.ts";
import { acceptSuggestion, declineSuggestion } from "../../lib/suggestions/triage.ts";
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
  it("lets a lead decide claims, fill slots and triage suggestions of their track, and nobody else's", async () => {
    const db = database.current.db;
    const organizer = await actorByEmail(db, "organizer@example.com");
    const { mine, theirs } = await twoTracks();
    const speaker = await db.user.findUniqueOrThrow({ where: { email: "speaker@example.com" } });
    await setTrackLead(organizer, { track: mine.track!.slug, userId: (await actorByEmail(db, "member@example.com")).id }, true);
    const lead = await signedIn("member@example.com");
    // A pending claim on a paper of each track.
    const openSlot = async (session: typeof mine, n: number) => {
      const url = `https://papers.example/lead-${session.id}-${n}`;
      const paper = await db.paper.create({ data: { canonicalId: `url:${url}`, source: "URL", url, title: `A paper of ${session.id} (${n})` } });
      return db.slot.create({ data: { sessionId: session.id, paperId: paper.id, position: 90 + n } });
    };
    const claimOn = async (session: typeof mine) =>
      db.speakerClaim.create({ data: { slotId: (await openSlot(session, 1)).id, userId: speaker.id, status: "PENDING" } });
    const [ownClaim, otherClaim] = [await claimOn(mine), await claimOn(theirs)];
    expect((await approveClaim(lead, { claimId: ownClaim.id })).status).toBe("approved");
    expect((await rejection(approveClaim(lead, { claimId: otherClaim.id }))).code).toBe("forbidden");
    expect((await rejection(declineClaim(lead, { claimId: otherClaim.id, reason: "Not for this track, sorry." }))).code).toBe("forbidden");
    expect((await db.speakerClaim.findUniqueOrThrow({ where: { id: otherClaim.id } })).status).toBe("PENDING");

    // Filling a slot: theirs, not another track's. Only upcoming sessions take speakers: one of
    // each track a week from now, whatever today is.
    const ahead = (session: typeof mine) => {
      const startsAt = new Date(appNow().getTime() + 7 * 86_400_000);
      return db.session.create({
        data: {
          seriesId: session.seriesId,
          trackId: session.trackId,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 5_400_000),
          timeZone: session.timeZone,
          status: "PUBLISHED",
        },
        include: { track: true, slots: { include: { claims: true } } },
      });
    };
    const email = "speaker@example.com";
    expect((await assignSpeaker(lead, { slotId: (await openSlot(await ahead(mine), 2)).id, email })).status).toBe("approved");
    expect((await rejection(assignSpeaker(lead, { slotId: (await openSlot(await ahead(theirs), 2)).id, email }))).code).toBe("forbidden");

    // Suggestions tagged with each track.
    const suggestion = (trackId: string | null, title: string) => db.suggestion.create({ data: { kind: "TOPIC", title, trackId } });
    const [ownSuggestion, otherSuggestion, untagged] = [
      await suggestion(mine.trackId, "Lead's topic"),
      await suggestion(theirs.trackId, "Another track's topic"),
      await suggestion(null, "Nobody's topic"),
    ];
    expect((await declineSuggestion(lead, { suggestionId: ownSuggestion.id, reason: "Covered already" })).status).toBe("declined");
    expect((await rejection(declineSuggestion(lead, { suggestionId: otherSuggestion.id, reason: "Not for this track, sorry." }))).code).toBe(
      "forbidden",
    );
    expect((await rejection(acceptSuggestion(lead, { suggestionId: untagged.id, track: mine.track!.slug }))).code).toBe("forbidden");
    // Nor move one of theirs into another track.
    const another = await suggestion(mine.trackId, "Lead's second topic");
    expect((await rejection(acceptSuggestion(lead, { suggestionId: another.id, track: theirs.track!.slug }))).code).toBe("forbidden");
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: another.id } })).status).toBe("OPEN");

    // A member who leads nothing is refused before anything is read.
    const plain = await signedIn("speaker@example.com");
    expect((await rejection(approveClaim(plain, { claimId: otherClaim.id }))).code).toBe("forbidden");
    expect((await rejection(declineSuggestion(plain, { suggestionId: otherSuggestion.id, reason: "Not for this track, sorry." }))).code).toBe(
      "forbidden",
    );
  });
});
