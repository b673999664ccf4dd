// iCalendar feeds, read back with an independent parser (ical.js, Mozilla's): stable UIDs,
// SEQUENCE rising with each published change, times right across the November DST change,
// cancelled sessions sent as cancelled, and no remote link in any public feed.
import ICAL from "ical.js";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as getSessionIcs } from "../../app/(public)/sessions/[id]/calendar.ics/route.ts";
import { GET as getSeriesIcs } from "../../app/calendar/[file]/route.ts";
import { GET as getTrackIcs } from "../../app/calendar/tracks/[file]/route.ts";
import { publishSchedule } from "../../lib/publications/publish-schedule.ts";
import { cancelSession, patchSession } from "../../lib/schedule/edit-session.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail } from "../support/helpers.ts";
import { routeParams } from "../support/requests.ts";

const SITE = { siteUrl: "https://paperclub.example" };

async function calendarAt(handler: typeof getSeriesIcs, path: string, params: Record<string, string>) {
  // As Next.js passes it on: with the Host header, which the site's origin is taken from.
  const response = await handler(new NextRequest(`http://localhost${path}`, { headers: { host: "localhost" } }), routeParams(params) as never);
  return response;
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((v) => ({
    uid: v.getFirstPropertyValue("uid") as string,
    sequence: Number(v.getFirstPropertyValue("sequence") ?? 0),
    status: v.getFirstPropertyValue("status") as string,
    start: (v.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString(),
    startZone: (v.getFirstPropertyValue("dtstart") as ICAL.Time).zone?.tzid,
    summary: v.getFirstPropertyValue("summary") as string,
    description: v.getFirstPropertyValue("description") as string,
    url: v.getFirstPropertyValue("url") as string,
  }));
  return { name: calendar.getFirstPropertyValue("x-wr-calname") as string, events };
}

describe("calendar feeds", () => {
  const database = useTestDatabase({ seeded: true });

  it("publishes each series as a calendar: every published session once, in UTC, with papers, presenters and its page", async () => {
    const db = database.current.db;
    const response = await calendarAt(getSeriesIcs, "/calendar/test-of-time.ics", { file: "test-of-time.ics" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    const { name, events } = parse(text);
    expect(name).toBe("Test of Time Paper Club");
    const published = await db.session.findMany({
      where: { series: { slug: "test-of-time" }, status: { in: ["PUBLISHED", "CANCELLED"] }, removedAt: null },
      select: { id: true, startsAt: true },
    });
    // The seed leaves the last week a draft: never in a feed.
    const draft = await db.session.findFirst({ where: { series: { slug: "test-of-time" }, status: "DRAFT" }, select: { id: true } });
    expect(events.length).toBeGreaterThan(10);
    if (draft) expect(events.map((e) => e.uid)).not.toContain(`session-${draft.id}@paperclub`);
    const startOf = new Map(published.map((s) => [`session-${s.id}@paperclub`, s.startsAt.toISOString()]));
    for (const e of events) {
      expect(startOf.get(e.uid), e.uid).toBe(e.start);
      expect(e.startZone).toBe("UTC");
      expect(e.url).toMatch(/^http:\/\/localhost\/sessions\/[0-9a-f-]{36}$/);
      expect(e.description).toContain("Papers:\n1. ");
    }
    // Across the November change the local start holds (18:00 Pacific), so the UTC hour moves.
    const pacific = (iso: string) =>
      new Date(iso).toLocaleTimeString("en-GB", { timeZone: "America/Los_Angeles", hour: "2-digit", minute: "2-digit" });
    const evenings = events.filter((e) => pacific(e.start) === "18:00");
    expect(new Set(evenings.map((e) => new Date(e.start).getUTCHours()))).toEqual(new Set([1, 2]));
    // Never the remote link: it is only for people with an RSVP.
    const remoteUrls = await db.session.findMany({ where: { remoteUrl: { not: null } }, select: { remoteUrl: true } });
    for (const { remoteUrl } of remoteUrls) expect(text).not.toContain(remoteUrl!);
  });

  it("keeps each event's UID and raises its SEQUENCE when a published change touches it; a cancellation is sent as cancelled", async () => {
    const db = database.current.db;
    const organizer = await actorByEmail(db, "organizer@example.com");
    const [first, second] = parse(
      await (await calendarAt(getSeriesIcs, "/calendar/test-of-time.ics", { file: "test-of-time.ics" })).text(),
    ).events.slice(-4);
    const idOf = (uid: string) => uid.replace(/^session-/, "").replace(/@paperclub$/, "");

    await patchSession(organizer, { sessionId: idOf(first.uid), changes: { startTime: "18:30" } }, SITE);
    await cancelSession(organizer, { sessionId: idOf(second.uid), reason: "Snow day." });
    // Not in the feed before it is published.
    expect(
      parse(await (await calendarAt(getSeriesIcs, "/calendar/test-of-time.ics", { file: "test-of-time.ics" })).text()).events.find(
        (e) => e.uid === first.uid,
      ),
    ).toEqual(first);
    await publishSchedule(organizer, { series: "test-of-time", note: "" }, SITE);

    const after = parse(await (await calendarAt(getSeriesIcs, "/calendar/test-of-time.ics", { file: "test-of-time.ics" })).text()).events;
    const moved = after.find((e) => e.uid === first.uid)!;
    expect(moved.sequence).toBe(first.sequence + 1);
    expect(Date.parse(moved.start) - Date.parse(first.start)).toBe(30 * 60_000);
    const cancelled = after.find((e) => e.uid === second.uid)!;
    expect([cancelled.status, cancelled.sequence]).toEqual(["CANCELLED", second.sequence + 1]);
    expect(cancelled.summary).toMatch(/^Cancelled: /);
    expect(cancelled.description).toContain("CANCELLED: Snow day.");

    // The single-session file has the same UID and SEQUENCE.
    const one = await calendarAt(getSessionIcs, `/sessions/${idOf(first.uid)}/calendar.ics`, { id: idOf(first.uid) });
    expect(one.headers.get("content-disposition")).toMatch(/^attachment; filename="paper-club-[0-9a-f-]+\.ics"$/);
    expect(parse(await one.text()).events).toEqual([expect.objectContaining({ uid: first.uid, sequence: moved.sequence, start: moved.start })]);
  });

  it("has a calendar per track, and answers 404 for what does not exist or is not published", async () => {
    const db = database.current.db;
    const track = await db.track.findFirstOrThrow({ where: { sessions: { some: { status: "PUBLISHED" } } }, select: { slug: true, name: true } });
    const response = await calendarAt(getTrackIcs, `/calendar/tracks/${track.slug}.ics`, { file: `${track.slug}.ics` });
    expect(response.status).toBe(200);
    const { name, events } = parse(await response.text());
    expect(name).toBe(`${track.name} · Test of Time Paper Club`);
    expect(events.length).toBeGreaterThan(0);

    const draft = await db.session.findFirst({ where: { status: "DRAFT" }, select: { id: true } });
    const cases: [typeof getSeriesIcs, string, Record<string, string>][] = [
      [getSeriesIcs, "/calendar/no-such-series.ics", { file: "no-such-series.ics" }],
      [getSeriesIcs, "/calendar/test-of-time", { file: "test-of-time" }],
      [getSeriesIcs, "/calendar/Bad%20Slug.ics", { file: "Bad Slug.ics" }],
      [getTrackIcs, "/calendar/tracks/no-such-track.ics", { file: "no-such-track.ics" }],
      [getSessionIcs, "/sessions/not-an-id/calendar.ics", { id: "not-an-id" }],
      ...(draft
        ? [[getSessionIcs, `/sessions/${draft.id}/calendar.ics`, { id: draft.id }] as [typeof getSeriesIcs, string, Record<string, string>]]
        : []),
    ];
    for (const [handler, path, params] of cases) {
      const answer = await calendarAt(handler, path, params);
      expect(answer.status, path).toBe(404);
      expect((await answer.json()).error.code).toBe("not_found");
    }
  });
});
