// Draft and publish: the public schedule (pages' read functions and the API) is the latest
// publication; publishing writes one immutable version with an exact change log, tells the
// people concerned through the outbox, and ten organizers publishing at once make one version.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { GET as getScheduleApi } from "../../app/api/v1/schedule/route.ts";
import { GET as getChangesFeed } from "../../app/(public)/schedule/changes.atom/route.ts";
import { env } from "../../lib/env.ts";
import { MAIL_QUEUE } from "../../lib/mail/enqueue-mail.ts";
import { DISCORD_QUEUE, deliverDiscordPost } from "../../lib/notify/discord.ts";
import { getSeriesDraft } from "../../lib/publications/get-draft.ts";
import { publishSchedule } from "../../lib/publications/publish-schedule.ts";
import type { ScheduleChange } from "../../lib/publications/snapshot.ts";
import { addReading, moveReading, removeReading } from "../../lib/schedule/edit-readings.ts";
import { cancelSession, createSession, removeSession, restoreSession, updateSession } from "../../lib/schedule/edit-session.ts";
import { getSession } from "../../lib/schedule/get-session.ts";
import { listSchedule } from "../../lib/schedule/list-schedule.ts";
import type { SessionDto } from "../../lib/schedule/dto.ts";
import { localParts } from "../../lib/time/zoned.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";
import { appNow } from "../../lib/time/clock.ts";

const SITE = { siteUrl: "https://paperclub.example" };
const WEEK = 7 * 86_400_000;

describe("draft and publish", () => {
  const database = useTestDatabase({ seeded: true });
  const organizer = () => actorByEmail(database.current.db, "organizer@example.com");

  /** Published sessions of a series (single-section ones), in order. Not only upcoming ones: the
   *  demo's Test of Time season is this year's July–December, whatever today is. */
  async function published(series = "test-of-time", options: { upcoming?: boolean } = {}) {
    return database.current.db.session.findMany({
      where: {
        series: { slug: series },
        status: "PUBLISHED",
        pairedSessionId: null,
        pairedWith: { none: {} },
        ...(options.upcoming ? { startsAt: { gt: appNow() } } : {}),
      },
      orderBy: { startsAt: "asc" },
      include: { slots: { orderBy: { position: "asc" }, include: { claims: true, paper: true } }, track: true },
    });
  }

  /** The session's fields as the editor form sends them, with some changed. */
  function formOf(s: Awaited<ReturnType<typeof published>>[number], changes: Record<string, unknown> = {}) {
    const starts = localParts(s.startsAt, s.timeZone);
    return {
      sessionId: s.id,
      date: starts.date,
      startTime: starts.time,
      durationMinutes: Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000),
      timeZone: s.timeZone,
      title: s.title ?? "",
      description: s.description,
      track: s.track?.slug ?? "",
      isInPerson: s.isInPerson,
      isRemote: s.isRemote,
      venueName: s.venueName ?? "",
      venueAddress: s.venueAddress ?? "",
      seats: s.seats,
      ...changes,
    };
  }

  async function apiSchedule(): Promise<SessionDto[]> {
    const response = await getScheduleApi(new NextRequest("http://localhost/api/v1/schedule?series=test-of-time"));
    return (await response.json()).sessions;
  }

  it("keeps a draft change off /schedule, the session page and the API until it is published", async () => {
    const [session] = await published();
    const later = new Date(session.startsAt.getTime() + WEEK);
    await updateSession(await organizer(), formOf(session, { date: localParts(later, session.timeZone).date, venueName: "A new venue" }));

    const stillPublished = (s: SessionDto | undefined) => expect(s && new Date(s.startsAt).getTime()).toBe(session.startsAt.getTime());
    stillPublished((await listSchedule(null, { series: "test-of-time" })).find((s) => s.id === session.id));
    stillPublished(await getSession(null, { id: session.id }));
    stillPublished((await apiSchedule()).find((s) => s.id === session.id));
    expect((await getSession(null, { id: session.id })).venue?.name).not.toBe("A new venue");

    const result = await publishSchedule(await organizer(), { series: "test-of-time", note: "Moved a week." }, SITE);
    expect(result).toMatchObject({ version: 2, created: true });
    const moved = await getSession(null, { id: session.id });
    expect(new Date(moved.startsAt).getTime()).toBe(later.getTime());
    expect(moved.venue?.name).toBe("A new venue");
    expect((await apiSchedule()).find((s) => s.id === session.id)?.startsAt).toBe(moved.startsAt);
    // The session's calendar SEQUENCE rose with the published change.
    expect((await database.current.db.session.findUniqueOrThrow({ where: { id: session.id } })).sequence).toBe(session.sequence + 1);
  });

  it("writes a change log of exactly what changed", async () => {
    const db = database.current.db;
    const actor = await organizer();
    const [a, b, c, d, e] = await published();
    // d has a presented reading and an unclaimed one (published as the baseline, version 2).
    const [presented, unclaimed] = d.slots;
    await db.speakerClaim.deleteMany({ where: { slotId: unclaimed.id } });
    await db.speakerClaim.deleteMany({ where: { slotId: presented.id } });
    await db.speakerClaim.create({ data: { slotId: presented.id, userId: (await actorByEmail(db, "speaker@example.com")).id, status: "APPROVED" } });
    await publishSchedule(actor, { series: "test-of-time" }, SITE);

    // a: moved by a day and given a new venue.
    const nextDay = localParts(new Date(a.startsAt.getTime() + 86_400_000), a.timeZone).date;
    await updateSession(actor, formOf(a, { date: nextDay, venueName: "Room 2" }));
    // b: cancelled.
    await cancelSession(actor, { sessionId: b.id, reason: "The venue is closed." });
    // c: a blog post added as a reading.
    await addReading(actor, {
      sessionId: c.id,
      reference: "https://lilianweng.github.io/posts/2023-06-23-agent/",
      title: "LLM Powered Autonomous Agents",
    });
    // d: its unclaimed reading removed, and its presented reading, with its presenter, moved to e.
    await removeReading(actor, { slotId: unclaimed.id });
    await moveReading(actor, { slotId: presented.id, toSessionId: e.id });
    // A new session, and a published one removed.
    const created = await createSession(actor, {
      series: "test-of-time",
      date: "2030-01-09",
      startTime: "18:00",
      durationMinutes: 90,
      title: "Bonus: Mixture of Experts",
      isInPerson: false,
      isRemote: true,
    });
    const past = (await published()).at(-1)!;
    await removeSession(actor, { sessionId: past.id });

    const draft = await getSeriesDraft(actor, { series: "test-of-time" });
    const { changes } = await publishSchedule(actor, { series: "test-of-time" }, SITE);
    expect(draft.pending).toEqual(changes);
    const summary = (c: ScheduleChange) =>
      `${c.sessionId} ${c.kind}${"paper" in c ? ` ${c.paper}` : ""}${"fields" in c ? ` ${c.fields.join(",")}` : ""}${"reason" in c ? ` ${c.reason}` : ""}`;
    expect(changes.map(summary).sort()).toEqual(
      [
        `${a.id} session_moved`,
        `${a.id} session_changed venue`,
        `${b.id} session_cancelled The venue is closed.`,
        `${c.id} reading_added LLM Powered Autonomous Agents`,
        `${d.id} reading_removed ${unclaimed.paper.title}`,
        `${d.id} reading_removed ${presented.paper.title}`,
        `${e.id} reading_added ${presented.paper.title}`,
        `${created.id} session_added`,
        `${past.id} session_removed`,
      ].sort(),
    );
    // Stored with the version, and public: the removed session is gone, the cancelled one says so.
    const publication = await db.publication.findFirstOrThrow({ where: { series: { slug: "test-of-time" } }, orderBy: { version: "desc" } });
    expect(publication.changes).toEqual(changes);
    expect(publication.publishedById).toBe(actor.id);
    const schedule = await listSchedule(null, { series: "test-of-time" });
    expect(schedule.map((s) => s.id)).not.toContain(past.id);
    expect(schedule.find((s) => s.id === b.id)).toMatchObject({ status: "cancelled", cancelReason: "The venue is closed." });
    expect(schedule.find((s) => s.id === e.id)?.slots.map((s) => s.paper.title)).toContain(presented.paper.title);
    expect(await db.auditLog.count({ where: { action: "schedule.published", actorId: actor.id, data: { path: ["version"], equals: 2 } } })).toBe(1);
  });

  it("tells the people with an RSVP and the speakers of changed slots, through the outbox, never inline", async () => {
    const db = database.current.db;
    const actor = await organizer();
    // The weekly Paper Club: its demo sessions are around today, with RSVPs and author presenters.
    const sessions = await published("paper-club", { upcoming: true });
    const withRsvps = sessions[0];
    // Its paper is presented by a member with an account.
    await db.speakerClaim.deleteMany({ where: { slotId: withRsvps.slots[0].id } });
    await db.speakerClaim.create({
      data: { slotId: withRsvps.slots[0].id, userId: (await actorByEmail(db, "speaker@example.com")).id, status: "APPROVED" },
    });
    const rsvps = await db.rsvp.findMany({
      where: { sessionId: withRsvps.id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
      include: { user: true },
    });
    expect(rsvps.length).toBeGreaterThan(1);
    // One attendee turned schedule-change mail off.
    const quiet = rsvps[0].user;
    await db.user.update({ where: { id: quiet.id }, data: { notifyScheduleChanges: false } });
    const speakers = [await db.user.findUniqueOrThrow({ where: { email: "speaker@example.com" } })];

    const later = localParts(new Date(withRsvps.startsAt.getTime() + 3_600_000), withRsvps.timeZone);
    // Presenter changes made before are published first; only the move is mailed below.
    await publishSchedule(actor, { series: "paper-club" }, SITE);
    await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1`, MAIL_QUEUE);
    await updateSession(actor, formOf(withRsvps, { startTime: later.time }));
    await publishSchedule(actor, { series: "paper-club" }, SITE);

    const jobs = await db.$queryRawUnsafe<{ data: { to: string; subject: string; text: string } }[]>(
      `SELECT data FROM pgboss.job WHERE name = $1`,
      MAIL_QUEUE,
    );
    const to = new Set(jobs.map((j) => j.data.to));
    for (const r of rsvps.slice(1)) expect(to).toContain(r.user.email);
    for (const s of speakers) expect(to).toContain(s.email);
    expect(to).not.toContain(quiet.email);
    expect(jobs.length).toBe(to.size);
    expect(jobs[0].data.text).toContain("Moved:");
    expect(jobs[0].data.text).toContain("https://paperclub.example/schedule/changes?series=paper-club");
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("posts to Discord through a queued job when DISCORD_WEBHOOK_URL is set", async () => {
    const db = database.current.db;
    const [session] = await published();
    const saved = env.DISCORD_WEBHOOK_URL;
    env.DISCORD_WEBHOOK_URL = "https://discord.example/api/webhooks/1/secret";
    try {
      await cancelSession(await organizer(), { sessionId: session.id, reason: "@everyone the speaker is ill" });
      await publishSchedule(await organizer(), { series: "test-of-time" }, SITE);
    } finally {
      env.DISCORD_WEBHOOK_URL = saved;
    }
    const [job] = await db.$queryRawUnsafe<{ data: { content: string } }[]>(`SELECT data FROM pgboss.job WHERE name = $1`, DISCORD_QUEUE);
    expect(job.data.content).toContain("version 2");
    expect(job.data.content).toContain("Cancelled:");
    const sent: { url: string; body: { content: string; allowed_mentions: unknown } }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      sent.push({ url, body: JSON.parse(String(init.body)) });
      return new Response(null, { status: 204 });
    }) as unknown as typeof fetch;
    await deliverDiscordPost(job.data, "https://discord.example/api/webhooks/1/secret", fakeFetch);
    expect(sent[0].body.allowed_mentions).toEqual({ parse: [] });
    expect(sent[0].body.content).toContain("the speaker is ill");
    // Without the variable, no post is queued.
    await cancelSession(await organizer(), { sessionId: (await published())[1].id, reason: "Another cancellation." });
    await publishSchedule(await organizer(), { series: "test-of-time" }, SITE);
    expect(await db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM pgboss.job WHERE name = $1`, DISCORD_QUEUE)).toHaveLength(1);
  });

  it("makes one version when ten organizers publish at once", async () => {
    const db = database.current.db;
    const [session] = await published();
    await cancelSession(await organizer(), { sessionId: session.id, reason: "Snow day." });
    const actor = await organizer();
    const audited = () => db.auditLog.count({ where: { action: "schedule.published" } });
    const auditedBefore = await audited();
    const results = await Promise.all(Array.from({ length: 10 }, () => publishSchedule(actor, { series: "test-of-time" }, SITE)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.version))).toEqual(new Set([2]));
    expect(await db.publication.count({ where: { series: { slug: "test-of-time" } } })).toBe(2);
    expect(await audited()).toBe(auditedBefore + 1);
  });

  it("publishes nothing when nothing changed, and keeps every version immutable", async () => {
    const db = database.current.db;
    const result = await publishSchedule(await organizer(), { series: "paper-club" }, SITE);
    expect(result).toMatchObject({ version: 1, created: false, changes: [] });
    expect(await db.publication.count()).toBe(2);
    const error = await db.$executeRawUnsafe(`UPDATE publications SET note = 'rewritten'`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(error)).toContain("immutable");
    expect(await db.publication.count({ where: { note: "rewritten" } })).toBe(0);
  });

  it("serves the publications as an Atom feed, newest first, and refuses an unknown series", async () => {
    const [session] = await published();
    await cancelSession(await organizer(), { sessionId: session.id, reason: "Snow day." });
    await publishSchedule(await organizer(), { series: "test-of-time", note: "One cancellation." }, SITE);
    const response = await getChangesFeed(new NextRequest("http://localhost/schedule/changes.atom?series=test-of-time"));
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = new XMLParser({ ignoreAttributes: false }).parse(await response.text());
    expect(xml.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const entries = [xml.feed.entry].flat();
    const text = (v: unknown) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)["#text"] : v);
    expect(entries.map((e: { title: unknown }) => text(e.title))).toEqual([
      "Version 2 of the Test of Time Paper Club schedule",
      "Version 1 of the Test of Time Paper Club schedule",
    ]);
    expect(JSON.stringify(entries[0].content)).toContain("Cancelled:");
    const unknown = await getChangesFeed(new NextRequest("http://localhost/schedule/changes.atom?series=no-such-series"));
    expect(unknown.status).toBe(422);
  });

  it("restores a cancelled session to what it was: published, or a draft when it never was", async () => {
    const db = database.current.db;
    const actor = await organizer();
    const [session] = await published();
    await cancelSession(actor, { sessionId: session.id, reason: "Oops." });
    await restoreSession(actor, { sessionId: session.id });
    const draft = await createSession(actor, { series: "test-of-time", date: "2031-05-07", startTime: "18:00", durationMinutes: 90, isRemote: true });
    await cancelSession(actor, { sessionId: draft.id, reason: "Not yet." });
    await restoreSession(actor, { sessionId: draft.id });
    const status = async (id: string) => (await db.session.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(session.id), await status(draft.id)]).toEqual(["PUBLISHED", "DRAFT"]);
    // Nothing to publish but the new draft: the restored session is as published.
    expect((await getSeriesDraft(actor, { series: "test-of-time" })).pending.filter((c) => c.sessionId === session.id)).toEqual([]);
  });

  it("refuses members and visitors, and names a series that does not exist", async () => {
    const member = await actorByEmail(database.current.db, "member@example.com");
    expect((await rejection(publishSchedule(member, { series: "test-of-time" }, SITE))).code).toBe("forbidden");
    expect((await rejection(publishSchedule(null, { series: "test-of-time" }, SITE))).code).toBe("unauthenticated");
    expect((await rejection(publishSchedule(await organizer(), { series: "no-such-series" }, SITE))).code).toBe("not_found");
    expect(await database.current.db.publication.count()).toBe(2);
  });
  it("shows per session its speakers confirmed, waiting and needed, its seats, and whether it has unpublished changes", async () => {
    const actor = await organizer();
    const db = database.current.db;
    await publishSchedule(actor, { series: "test-of-time" }, SITE);
    const upcoming = await published("test-of-time", { upcoming: true });
    const isOpen = (slot: (typeof upcoming)[number]["slots"][number]) =>
      !slot.claims.some((c) => ["APPROVED", "PENDING", "INVITED"].includes(c.status));
    // A session held in person with a paper still open: that paper is claimed and waits; one person takes a seat.
    const first = upcoming.find((x) => x.seats !== null && x.isInPerson && x.inPersonConfirmed < x.seats && x.slots.some(isOpen))!;
    const second = upcoming.find((x) => x.id !== first.id)!;
    const open = first.slots.find(isOpen)!;
    const member = await db.user.create({ data: { email: "draft-counts@example.com", name: "Draft Counts" } });
    await db.speakerClaim.create({ data: { slotId: open.id, userId: member.id, status: "PENDING" } });
    await db.rsvp.create({ data: { sessionId: first.id, userId: member.id, mode: "IN_PERSON", status: "CONFIRMED" } });
    await updateSession(actor, formOf(second, { venueName: "Room 9" }));

    const rows = (await getSeriesDraft(actor, { series: "test-of-time" })).sessions;
    // What the database says, counted here without the draft's code.
    const expected = async (id: string) => {
      const slots = await db.$queryRawUnsafe<{ approved: boolean; active: boolean }[]>(
        `SELECT bool_or(c.status = 'APPROVED') IS TRUE AS approved, count(c.id) > 0 AS active
           FROM slots s LEFT JOIN speaker_claims c ON c.slot_id = s.id AND c.status IN ('APPROVED', 'PENDING', 'INVITED')
          WHERE s.session_id = $1::uuid GROUP BY s.id`,
        id,
      );
      const [seats] = await db.$queryRawUnsafe<{ seats: number | null; taken: number }[]>(
        `SELECT seats, (SELECT count(*)::int FROM rsvps WHERE session_id = $1::uuid AND mode = 'IN_PERSON' AND status = 'CONFIRMED') AS taken
           FROM sessions WHERE id = $1::uuid`,
        id,
      );
      return {
        speakers: {
          confirmed: slots.filter((x) => x.approved).length,
          pending: slots.filter((x) => x.active && !x.approved).length,
          needed: slots.filter((x) => !x.active).length,
        },
        seats: seats.seats === null ? null : { taken: seats.taken, total: seats.seats },
      };
    };
    const a = rows.find((r) => r.id === first.id)!;
    const b = rows.find((r) => r.id === second.id)!;
    expect({ speakers: a.speakers, seats: a.seats }).toEqual(await expected(first.id));
    expect({ speakers: b.speakers, seats: b.seats }).toEqual(await expected(second.id));
    expect(a.speakers.pending).toBeGreaterThanOrEqual(1);
    expect(a.seats?.taken).toBeGreaterThanOrEqual(1);
    expect([a.unpublished, b.unpublished]).toEqual([false, true]);
    expect(rows.filter((r) => r.unpublished).map((r) => r.id)).toEqual([second.id]);
  });
});
