// GET /api/v1/schedule and GET /api/health against a real PostgreSQL with the demo data.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as getSchedule } from "../../app/api/v1/schedule/route.ts";
import { GET as getHealth } from "../../app/api/health/route.ts";
import { createPrismaClient, type Db } from "../../lib/db/client.ts";
import type { SessionDto } from "../../lib/schedule/dto.ts";
import { publishSchedule } from "../../lib/publications/publish-schedule.ts";
import { listSchedule } from "../../lib/schedule/list-schedule.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail } from "../support/helpers.ts";

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/;

async function schedule(query = "") {
  const response = await getSchedule(new NextRequest(`http://localhost/api/v1/schedule${query}`));
  return { status: response.status, body: await response.json() };
}

describe("GET /api/v1/schedule", () => {
  const database = useTestDatabase({ seeded: true });

  it("returns the published Test of Time season: ≥ 24 sessions July to December with papers", async () => {
    const { status, body } = await schedule("?series=test-of-time");
    expect(status).toBe(200);
    const sessions = body.sessions as SessionDto[];
    expect(sessions.length).toBeGreaterThanOrEqual(24);
    expect(body.count).toBe(sessions.length);
    const months = new Set(sessions.map((s) => Number(s.startsAt.slice(5, 7))));
    expect([...months].sort((a, b) => a - b)).toEqual([7, 8, 9, 10, 11, 12]);
    for (const s of sessions) {
      expect(s.series.slug).toBe("test-of-time");
      expect(s.track).not.toBeNull();
      expect(s.slots.length).toBeGreaterThanOrEqual(2);
      expect(s.slots.length).toBeLessThanOrEqual(4);
      expect(s.startsAt).toMatch(ISO_WITH_OFFSET);
      expect(s.endsAt).toMatch(ISO_WITH_OFFSET);
      expect(s.timeZone).toBe("America/Los_Angeles");
      // 6 PM Pacific, whatever the offset (PDT in summer, PST after the November change).
      expect(s.startsAt.slice(11, 16) === "18:00" || !s.isInPerson).toBe(true);
    }
    expect(sessions.some((s) => s.startsAt.endsWith("-07:00"))).toBe(true);
    expect(sessions.some((s) => s.startsAt.endsWith("-08:00"))).toBe(true);
  });

  it("shows presenters, open slots and seats left, and never the remote link", async () => {
    const { body } = await schedule();
    const sessions = body.sessions as SessionDto[];
    const slots = sessions.flatMap((s) => s.slots);
    expect(slots.some((s) => s.speakerStatus === "confirmed" && s.presenter?.name)).toBe(true);
    expect(slots.some((s) => s.speakerStatus === "open" && s.presenter === null)).toBe(true);
    const inPerson = sessions.filter((s) => s.isInPerson && s.status === "published");
    expect(inPerson.every((s) => typeof s.seatsLeft === "number" && s.seatsLeft >= 0 && s.seatsLeft <= s.seats!)).toBe(true);
    expect(JSON.stringify(body)).not.toContain("zoom.us");
  });

  it("hides drafts and shows cancelled sessions as cancelled", async () => {
    const db = database.current.db;
    const draft = await db.session.findFirstOrThrow({ where: { status: "DRAFT" } });
    const { body } = await schedule();
    const sessions = body.sessions as SessionDto[];
    expect(sessions.map((s) => s.id)).not.toContain(draft.id);
    expect(sessions.some((s) => s.status === "cancelled" && s.cancelReason)).toBe(true);

    // The public schedule is the latest publication: the draft shows once it is published.
    const series = await db.series.findUniqueOrThrow({ where: { id: draft.seriesId } });
    await publishSchedule(await actorByEmail(db, "organizer@example.com"), { series: series.slug }, { siteUrl: "http://localhost" });
    const after = (await schedule()).body.sessions as SessionDto[];
    expect(after.map((s) => s.id)).toContain(draft.id);
  });

  it("filters by track and by way of attending", async () => {
    const remote = (await schedule("?mode=remote")).body.sessions as SessionDto[];
    const inPerson = (await schedule("?mode=in_person")).body.sessions as SessionDto[];
    expect(remote.length).toBeGreaterThan(0);
    expect(remote.every((s) => s.isRemote)).toBe(true);
    expect(inPerson.every((s) => s.isInPerson)).toBe(true);
    expect(inPerson.some((s) => s.series.slug === "paper-club")).toBe(false);

    const track = (remote.find((s) => s.track) ?? inPerson.find((s) => s.track))!.track!;
    const byTrack = (await schedule(`?track=${track.slug}`)).body.sessions as SessionDto[];
    expect(byTrack.length).toBeGreaterThan(0);
    expect(byTrack.every((s) => s.track?.slug === track.slug)).toBe(true);
  });

  it("splits by date: upcoming, past newest first, and the season running now from its first week", async () => {
    const db = database.current.db;
    const season = await db.season.findFirstOrThrow({ where: { series: { slug: "test-of-time" } }, orderBy: { firstDate: "desc" } });
    const all = (await schedule("?series=test-of-time&when=all")).body.sessions as SessionDto[];
    expect(all.map((s) => s.id)).toEqual(((await schedule("?series=test-of-time")).body.sessions as SessionDto[]).map((s) => s.id));
    const ids = (list: SessionDto[]) => list.map((s) => s.id);

    // In the middle of the season: half of it is past.
    const middle = new Date(Date.parse(all[Math.floor(all.length / 2)].endsAt) + 60_000);
    const at = (when: "season" | "upcoming" | "past") => listSchedule(null, { series: "test-of-time", when }, middle);
    const [upcoming, past, running] = await Promise.all([at("upcoming"), at("past"), at("season")]);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);
    expect(upcoming.every((s) => !s.isPast) && past.every((s) => s.isPast)).toBe(true);
    expect([...ids(past)].reverse().concat(ids(upcoming))).toEqual(ids(all));
    // The season running includes its past weeks, so the whole season is there.
    expect(ids(running)).toEqual(ids(all));

    // Two days after the season's last day, no season is running: only what is upcoming.
    const after = new Date(season.lastDate.getTime() + 2 * 86_400_000);
    const [seasonAfter, upcomingAfter] = await Promise.all([
      listSchedule(null, { series: "test-of-time", when: "season" }, after),
      listSchedule(null, { series: "test-of-time", when: "upcoming" }, after),
    ]);
    expect(ids(seasonAfter)).toEqual(ids(upcomingAfter));

    const bad = await schedule("?when=yesterday");
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields)).toEqual(["when"]);
  });

  it("answers a bad filter with 422 and a JSON error naming the field", async () => {
    const { status, body } = await schedule("?mode=teleport&series=Not%20A%20Slug");
    expect(status).toBe(422);
    expect(body.error.code).toBe("validation");
    expect(body.error.message).toEqual(expect.any(String));
    expect(Object.keys(body.error.fields).sort()).toEqual(["mode", "series"]);
  });

  it("answers a series or track that does not exist with 422 naming the field", async () => {
    const bogusSeries = await schedule("?series=bogus");
    expect(bogusSeries.status).toBe(422);
    expect(bogusSeries.body).toEqual({
      error: { code: "validation", message: expect.any(String), fields: { series: 'No series named "bogus".' } },
    });
    const bogusTrack = await schedule("?track=no-such-track");
    expect(bogusTrack.status).toBe(422);
    expect(bogusTrack.body.error.fields).toEqual({ track: 'No track named "no-such-track".' });
  });
});

describe("GET /api/health", () => {
  const database = useTestDatabase();

  it("is ok when the database answers", async () => {
    void database;
    const response = await getHealth();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 when the database is unreachable", async () => {
    const globalForDb = globalThis as unknown as { paperClubDb?: Db };
    const healthy = globalForDb.paperClubDb;
    // Port 9 (discard) on loopback: nothing listens there.
    globalForDb.paperClubDb = createPrismaClient("postgresql://nobody:nothing@127.0.0.1:9/none");
    try {
      const response = await getHealth();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "degraded", db: "unreachable" });
    } finally {
      await globalForDb.paperClubDb.$disconnect();
      globalForDb.paperClubDb = healthy;
    }
  });
});
