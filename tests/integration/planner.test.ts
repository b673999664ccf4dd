// The season planner against real PostgreSQL: a season of 12 tracks of 1–3 weeks becomes 24
// weekly draft sessions; a re-run after a hand edit keeps the edit and reports it.
import { describe, expect, it } from "vitest";
import { applySeasonPlan, previewSeasonPlan } from "../../lib/planner/run-planner.ts";
import { updateSession } from "../../lib/schedule/edit-session.ts";
import { createSeason, createTrack, updateSeason } from "../../lib/series/edit-series.ts";
import { localParts } from "../../lib/time/zoned.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";

const WEEKS = [2, 2, 1, 3, 2, 2, 2, 3, 2, 1, 2, 2];
const SEASON = {
  series: "test-of-time",
  slug: "2030",
  name: "Test of Time 2030",
  firstDate: "2030-07-01",
  lastDate: "2030-12-31",
  weekday: 3,
  startTime: "18:00",
  durationMinutes: 90,
  timeZone: "America/Los_Angeles",
  skipDates: "2030-11-27",
};

describe("season planner", () => {
  const database = useTestDatabase({ seeded: true });

  async function seasonWithTracks() {
    const organizer = await actorByEmail(database.current.db, "organizer@example.com");
    const season = await createSeason(organizer, SEASON);
    for (const [i, weeks] of WEEKS.entries())
      await createTrack(organizer, { seasonId: season.id, slug: `t2030-${i + 1}`, name: `Track ${i + 1}`, plannedWeeks: weeks });
    return { organizer, season };
  }

  it("lays 12 tracks over 24 weekly draft sessions, skipping a date and keeping 18:00 Pacific across the DST change", async () => {
    const db = database.current.db;
    const { organizer, season } = await seasonWithTracks();
    const preview = await previewSeasonPlan(organizer, { seasonId: season.id });
    expect(preview.diff.create).toHaveLength(24);
    expect(preview.plan.skipped).toEqual(["2030-11-27"]);
    expect(preview.plan.overflow).toEqual([]);
    expect(await db.session.count({ where: { seasonId: season.id } })).toBe(0);

    expect(await applySeasonPlan(organizer, { seasonId: season.id })).toMatchObject({ created: 24, moved: 0, keptEdits: 0 });
    const sessions = await db.session.findMany({ where: { seasonId: season.id }, orderBy: { startsAt: "asc" }, include: { track: true } });
    expect(sessions).toHaveLength(24);
    expect(sessions.every((s) => s.status === "DRAFT" && s.editedByHandAt === null)).toBe(true);
    expect(sessions.map((s) => localParts(s.startsAt, s.timeZone).time)).toEqual(Array(24).fill("18:00"));
    expect(localParts(sessions[0].startsAt, "America/Los_Angeles").date).toBe("2030-07-03");
    expect(sessions.map((s) => localParts(s.startsAt, s.timeZone).date)).not.toContain("2030-11-27");
    // Track order and weeks: track 1 weeks 1–2, track 2 weeks 1–2, track 3 week 1, ...
    expect(sessions.slice(0, 5).map((s) => [s.track?.slug, s.trackWeek])).toEqual([
      ["t2030-1", 1],
      ["t2030-1", 2],
      ["t2030-2", 1],
      ["t2030-2", 2],
      ["t2030-3", 1],
    ]);
    // The series' defaults: in person at the SF venue and on Zoom.
    expect(sessions[0]).toMatchObject({ isInPerson: true, isRemote: true, seats: 40, venueName: "The Commons, 3rd floor" });
  });

  it("re-runs after a hand edit: keeps the edit, moves the rest, and reports the difference", async () => {
    const db = database.current.db;
    const { organizer, season } = await seasonWithTracks();
    await applySeasonPlan(organizer, { seasonId: season.id });
    const edited = await db.session.findFirstOrThrow({ where: { seasonId: season.id, trackWeek: 1, track: { slug: "t2030-4" } } });
    const parts = localParts(edited.startsAt, edited.timeZone);
    await updateSession(organizer, {
      sessionId: edited.id,
      date: parts.date,
      startTime: "17:00",
      durationMinutes: 90,
      track: "t2030-4",
      isInPerson: true,
      isRemote: true,
      venueName: "The Commons, 3rd floor",
      seats: 40,
    });
    await updateSeason(organizer, { ...SEASON, seasonId: season.id, startTime: "18:30" });

    const preview = await previewSeasonPlan(organizer, { seasonId: season.id });
    expect(preview.diff.keptEdits.map((k) => k.id)).toEqual([edited.id]);
    expect(preview.diff.update).toHaveLength(23);
    expect(preview.diff.create).toHaveLength(0);
    expect(await applySeasonPlan(organizer, { seasonId: season.id })).toMatchObject({ created: 0, moved: 23, keptEdits: 1 });
    const after = await db.session.findMany({ where: { seasonId: season.id } });
    expect(after).toHaveLength(24);
    for (const s of after) expect(localParts(s.startsAt, s.timeZone).time).toBe(s.id === edited.id ? "17:00" : "18:30");
  });

  it("is for organizers only", async () => {
    const { season } = await seasonWithTracks();
    const member = await actorByEmail(database.current.db, "member@example.com");
    expect((await rejection(applySeasonPlan(member, { seasonId: season.id }))).code).toBe("forbidden");
    expect(await database.current.db.session.count({ where: { seasonId: season.id } })).toBe(0);
  });
});
