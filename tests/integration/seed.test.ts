// The demo data: what a newcomer sees on first start.
import { describe, expect, it } from "vitest";
import { seasonYear, seed } from "../../prisma/seed.ts";
import { useTestDatabase } from "../support/database.ts";
import { appNow } from "../../lib/time/clock.ts";

describe("demo data", () => {
  const database = useTestDatabase({ seeded: true });

  it("has a demo person for each role", async () => {
    const people = await database.current.db.user.findMany({
      where: { email: { in: ["admin@example.com", "organizer@example.com", "speaker@example.com", "member@example.com"] } },
      select: { email: true, role: true },
      orderBy: { email: "asc" },
    });
    expect(people).toEqual([
      { email: "admin@example.com", role: "ADMIN" },
      { email: "member@example.com", role: "MEMBER" },
      { email: "organizer@example.com", role: "ORGANIZER" },
      { email: "speaker@example.com", role: "MEMBER" },
    ]);
  });

  it("has both series and a Test of Time season of ≥ 24 weekly sessions, each 2–4 real papers", async () => {
    const db = database.current.db;
    expect((await db.series.findMany({ orderBy: { slug: "asc" } })).map((s) => s.slug)).toEqual(["paper-club", "test-of-time"]);
    const sessions = await db.session.findMany({
      where: { series: { slug: "test-of-time" }, isInPerson: true },
      include: { slots: { include: { paper: true } }, track: true },
      orderBy: { startsAt: "asc" },
    });
    expect(sessions.length).toBeGreaterThanOrEqual(24);
    for (const s of sessions) {
      expect(s.track).not.toBeNull();
      expect(s.slots.length).toBeGreaterThanOrEqual(2);
      expect(s.slots.length).toBeLessThanOrEqual(4);
      for (const slot of s.slots) {
        expect(slot.paper.arxivId ?? slot.paper.doi).toBeTruthy();
        expect(slot.paper.authors.length).toBeGreaterThan(0);
        expect(slot.paper.year).toBeGreaterThan(1900);
      }
    }
    // Weekly: consecutive sessions are 7 days apart (± an hour for daylight saving).
    for (let i = 1; i < sessions.length; i++) {
      const days = (sessions[i].startsAt.getTime() - sessions[i - 1].startsAt.getTime()) / 86_400_000;
      expect(Math.abs(days - 7)).toBeLessThan(0.05);
    }
    const tracks = await db.track.findMany({ include: { _count: { select: { sessions: true } } } });
    expect(tracks.length).toBeGreaterThanOrEqual(12);
    expect(tracks.every((t) => t.plannedWeeks >= 1 && t.plannedWeeks <= 2)).toBe(true);
  });

  it("has past sessions with recordings and upcoming ones", async () => {
    const db = database.current.db;
    const now = appNow();
    const past = await db.session.count({ where: { endsAt: { lt: now }, status: "PUBLISHED", recordingUrl: { not: null } } });
    const upcoming = await db.session.count({ where: { startsAt: { gt: now }, status: "PUBLISHED" } });
    expect(past).toBeGreaterThan(0);
    expect(upcoming).toBeGreaterThan(0);
    expect(await db.session.count({ where: { recordingUrl: { not: null }, endsAt: { gt: now } } })).toBe(0);
  });

  it("mid-season has open and taken slots, pending claims, a waitlist, votes and RSVPs counted exactly", async () => {
    // The demo is relative to the day it is loaded; late in December or before July its season
    // has no upcoming session left. This test states its day: a Wednesday in September.
    await seed(database.current.url, new Date("2026-09-16T17:00:00Z"));
    const db = database.current.db;
    expect(await db.slot.count({ where: { claims: { none: {} } } })).toBeGreaterThan(0);
    expect(await db.speakerClaim.count({ where: { status: "APPROVED" } })).toBeGreaterThan(0);
    expect(await db.speakerClaim.count({ where: { status: "PENDING" } })).toBeGreaterThan(0);
    const suggestions = await db.suggestion.findMany({ include: { _count: { select: { votes: true } } } });
    expect(suggestions.length).toBeGreaterThanOrEqual(5);
    expect(suggestions.every((s) => s.voteCount === s._count.votes)).toBe(true);
    const sessions = await db.session.findMany({ include: { rsvps: true } });
    for (const s of sessions) {
      const confirmed = s.rsvps.filter((r) => r.mode === "IN_PERSON" && r.status === "CONFIRMED").length;
      expect(s.inPersonConfirmed).toBe(confirmed);
    }
    expect(await db.rsvp.count({ where: { status: "WAITLISTED" } })).toBeGreaterThan(0);
  });

  it("picks the season that has already begun, or last year's before July", () => {
    expect(seasonYear(new Date("2026-11-28T12:00:00Z"))).toBe(2026);
    expect(seasonYear(new Date("2027-03-01T12:00:00Z"))).toBe(2026);
    expect(seasonYear(new Date("2027-07-02T12:00:00Z"))).toBe(2027);
  });

  it("can be loaded again over existing data", async () => {
    const counts = await seed(database.current.url);
    expect(counts.sessions).toBe(await database.current.db.session.count());
    expect(await database.current.db.series.count()).toBe(2);
  });
});
