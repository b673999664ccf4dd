// Unit tests for the season planner (planSeason) and the re-run diff (diffPlan).
import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { diffPlan, type ExistingSession } from "../../lib/planner/diff-plan.ts";
import { planSeason, type PlanInput, type PlannedSession } from "../../lib/planner/plan-season.ts";

const LA = "America/Los_Angeles";
const WEEKS = [2, 2, 1, 3, 2, 2, 2, 3, 2, 1, 2, 2];
const tracks = (weeks: number[]) => weeks.map((plannedWeeks, i) => ({ id: `t${i + 1}`, name: `Track ${i + 1}`, plannedWeeks }));

function season(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    firstDate: "2026-07-01",
    lastDate: "2026-12-16",
    weekday: 3,
    startTime: "18:00",
    durationMinutes: 90,
    timeZone: LA,
    skipDates: ["2026-11-25"],
    tracks: tracks(WEEKS),
    ...overrides,
  };
}

const iso = (d: Date) => d.toISOString();
const slots = (sessions: PlannedSession[]) => sessions.map((s) => `${s.date} ${s.trackId}/${s.trackWeek}`);

describe("planSeason", () => {
  it("lays 12 tracks out on the 24 Wednesdays of July–December 2026, in track order, skipping Thanksgiving week", () => {
    const plan = planSeason(season());
    expect(plan.sessions).toHaveLength(24);
    expect(slots(plan.sessions)).toEqual([
      "2026-07-01 t1/1",
      "2026-07-08 t1/2",
      "2026-07-15 t2/1",
      "2026-07-22 t2/2",
      "2026-07-29 t3/1",
      "2026-08-05 t4/1",
      "2026-08-12 t4/2",
      "2026-08-19 t4/3",
      "2026-08-26 t5/1",
      "2026-09-02 t5/2",
      "2026-09-09 t6/1",
      "2026-09-16 t6/2",
      "2026-09-23 t7/1",
      "2026-09-30 t7/2",
      "2026-10-07 t8/1",
      "2026-10-14 t8/2",
      "2026-10-21 t8/3",
      "2026-10-28 t9/1",
      "2026-11-04 t9/2",
      "2026-11-11 t10/1",
      "2026-11-18 t11/1",
      "2026-12-02 t11/2",
      "2026-12-09 t12/1",
      "2026-12-16 t12/2",
    ]);
    expect(plan.sessions[0].trackName).toBe("Track 1");
    expect(plan.overflow).toEqual([]);
    expect(plan.freeWeeks).toEqual([]);
    expect(plan.skipped).toEqual(["2026-11-25"]);
  });

  it("puts every session on a Wednesday at 18:00 in the season's zone, one week apart except over the skipped date", () => {
    const { sessions } = planSeason(season());
    for (const s of sessions) {
      const local = new TZDate(s.startsAt, LA);
      expect([local.getDay(), local.getHours(), local.getMinutes()]).toEqual([3, 18, 0]);
    }
    const gaps = sessions.slice(1).map((s, i) => (Date.UTC(...ymd(s.date)) - Date.UTC(...ymd(sessions[i].date))) / 86_400_000);
    expect(gaps.filter((g) => g !== 7)).toEqual([14]);
    expect(sessions[21].date).toBe("2026-12-02"); // right after the 14-day gap over 2026-11-25
  });

  it("keeps each track's weeks consecutive and in order", () => {
    const { sessions } = planSeason(season());
    const seen = sessions.map((s) => [s.trackId, s.trackWeek] as const);
    tracks(WEEKS).forEach((track, t) => {
      const at = seen.findIndex(([id]) => id === track.id);
      expect(seen.slice(at, at + track.plannedWeeks)).toEqual(Array.from({ length: track.plannedWeeks }, (_, w) => [`t${t + 1}`, w + 1]));
      expect(seen.filter(([id]) => id === track.id)).toHaveLength(track.plannedWeeks);
    });
  });

  it("holds 18:00 Pacific across the Nov 1 2026 DST change, and ends after the duration", () => {
    const { sessions } = planSeason(season());
    const on = (date: string) => sessions.find((s) => s.date === date)!;
    expect(iso(on("2026-07-01").startsAt)).toBe("2026-07-02T01:00:00.000Z");
    expect(iso(on("2026-10-28").startsAt)).toBe("2026-10-29T01:00:00.000Z");
    expect(iso(on("2026-10-28").endsAt)).toBe("2026-10-29T02:30:00.000Z");
    expect(iso(on("2026-11-04").startsAt)).toBe("2026-11-05T02:00:00.000Z");
    expect(iso(on("2026-11-04").endsAt)).toBe("2026-11-05T03:30:00.000Z");
    expect(iso(on("2026-12-16").startsAt)).toBe("2026-12-17T02:00:00.000Z");
    for (const s of sessions) expect(s.endsAt.getTime() - s.startsAt.getTime()).toBe(90 * 60_000);
  });

  it("holds the local time in another zone with another DST date (Berlin, Oct 25 2026)", () => {
    const plan = planSeason(
      season({ firstDate: "2026-10-21", lastDate: "2026-10-28", timeZone: "Europe/Berlin", startTime: "19:00", tracks: tracks([2]) }),
    );
    expect(plan.sessions.map((s) => iso(s.startsAt))).toEqual(["2026-10-21T17:00:00.000Z", "2026-10-28T18:00:00.000Z"]);
  });

  it("moves a local time that a spring-forward change skips to the hour after", () => {
    const plan = planSeason(season({ firstDate: "2026-03-08", lastDate: "2026-03-15", weekday: 0, startTime: "02:30", tracks: tracks([2]) }));
    expect(plan.sessions.map((s) => iso(s.startsAt))).toEqual(["2026-03-08T10:30:00.000Z", "2026-03-15T09:30:00.000Z"]);
  });

  it("starts on the next matching weekday when firstDate is not one", () => {
    expect(planSeason(season({ firstDate: "2026-07-02" })).sessions[0].date).toBe("2026-07-08");
    const monday = planSeason(season({ firstDate: "2026-07-04", weekday: 1, skipDates: [] }));
    expect(monday.sessions[0].date).toBe("2026-07-06");
    expect(iso(monday.sessions[0].startsAt)).toBe("2026-07-07T01:00:00.000Z");
  });

  it("plans nothing when the range holds no matching weekday, and reports every track week as overflow", () => {
    const plan = planSeason(season({ firstDate: "2026-07-02", lastDate: "2026-07-07", tracks: tracks([1, 2]) }));
    expect(plan.sessions).toEqual([]);
    expect(plan.overflow).toEqual([
      { trackId: "t1", trackName: "Track 1", weeks: [1] },
      { trackId: "t2", trackName: "Track 2", weeks: [1, 2] },
    ]);
  });

  it("reports the track weeks that do not fit before lastDate as overflow", () => {
    const plan = planSeason(season({ lastDate: "2026-07-29", tracks: tracks([2, 2, 3, 1]) }));
    expect(slots(plan.sessions)).toEqual(["2026-07-01 t1/1", "2026-07-08 t1/2", "2026-07-15 t2/1", "2026-07-22 t2/2", "2026-07-29 t3/1"]);
    expect(plan.overflow).toEqual([
      { trackId: "t3", trackName: "Track 3", weeks: [2, 3] },
      { trackId: "t4", trackName: "Track 4", weeks: [1] },
    ]);
    expect(plan.freeWeeks).toEqual([]);
  });

  it("counts overflow after skipped dates take their weeks", () => {
    const plan = planSeason(season({ lastDate: "2026-07-29", skipDates: ["2026-07-08", "2026-07-22"], tracks: tracks([2, 2]) }));
    expect(slots(plan.sessions)).toEqual(["2026-07-01 t1/1", "2026-07-15 t1/2", "2026-07-29 t2/1"]);
    expect(plan.overflow).toEqual([{ trackId: "t2", trackName: "Track 2", weeks: [2] }]);
    expect(plan.skipped).toEqual(["2026-07-08", "2026-07-22"]);
  });

  it("reports the dates left without a track as free weeks, skipped dates not among them", () => {
    const plan = planSeason(season({ lastDate: "2026-12-31" }));
    expect(plan.sessions).toHaveLength(24);
    expect(plan.freeWeeks).toEqual(["2026-12-23", "2026-12-30"]);
    const short = planSeason(season({ lastDate: "2026-07-29", skipDates: ["2026-07-22"], tracks: tracks([2]) }));
    expect(short.freeWeeks).toEqual(["2026-07-15", "2026-07-29"]);
    expect(short.skipped).toEqual(["2026-07-22"]);
    expect(short.overflow).toEqual([]);
  });

  it("reports only the skip dates on the planned weekday within the range", () => {
    const plan = planSeason(season({ skipDates: ["2026-06-24", "2026-11-26", "2026-11-25", "2026-12-23", "2026-11-25"] }));
    expect(plan.skipped).toEqual(["2026-11-25"]);
    expect(plan.sessions.map((s) => s.date)).not.toContain("2026-11-25");
    expect(plan.sessions.map((s) => s.date)).toContain("2026-11-18");
  });

  it("includes both ends of the range", () => {
    const plan = planSeason(season({ firstDate: "2026-07-01", lastDate: "2026-07-08", skipDates: [], tracks: tracks([3]) }));
    expect(plan.sessions.map((s) => s.date)).toEqual(["2026-07-01", "2026-07-08"]);
    expect(plan.overflow).toEqual([{ trackId: "t1", trackName: "Track 1", weeks: [3] }]);
  });

  it.each([
    ["lastDate before firstDate", { firstDate: "2026-12-16", lastDate: "2026-07-01" }, /before/],
    ["weekday 7", { weekday: 7 }, /weekday/],
    ["weekday -1", { weekday: -1 }, /weekday/],
    ["startTime 24:00", { startTime: "24:00" }, /startTime/],
    ["startTime 6:00", { startTime: "6:00" }, /startTime/],
    ["a date that does not exist", { firstDate: "2026-02-30" }, /calendar date/],
    ["a date not in YYYY-MM-DD", { lastDate: "12/16/2026" }, /YYYY-MM-DD/],
    ["a bad skip date", { skipDates: ["2026-13-01"] }, /calendar date/],
    ["an unknown zone", { timeZone: "Mars/Olympus_Mons" }, /time zone/],
    ["an unknown zone with nothing to plan", { timeZone: "Mars/Olympus_Mons", tracks: [] }, /time zone/],
    ["a zero duration", { durationMinutes: 0 }, /durationMinutes/],
    ["negative planned weeks", { tracks: tracks([2, -1]) }, /planned weeks/],
  ] as [string, Partial<PlanInput>, RegExp][])("throws on %s", (_, overrides, message) => {
    expect(() => planSeason(season(overrides))).toThrow(message);
  });
});

function ymd(date: string): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y, m - 1, d];
}

function existingFrom(planned: PlannedSession, id: string, overrides: Partial<ExistingSession> = {}): ExistingSession {
  return {
    id,
    trackId: planned.trackId,
    trackWeek: planned.trackWeek,
    startsAt: planned.startsAt,
    endsAt: planned.endsAt,
    editedByHand: false,
    status: "DRAFT",
    ...overrides,
  };
}

const small = (overrides: Partial<PlanInput> = {}) => season({ lastDate: "2026-08-26", skipDates: [], tracks: tracks([2, 1]), ...overrides });
const at = (text: string) => new Date(text);

describe("diffPlan", () => {
  const before = planSeason(small());
  const saved = before.sessions.map((s, i) => existingFrom(s, `s${i + 1}`));

  it("changes nothing when the plan is run again on its own sessions", () => {
    const diff = diffPlan(before, saved);
    expect(diff.unchanged.map((u) => [u.id, u.planned.trackId, u.planned.trackWeek])).toEqual([
      ["s1", "t1", 1],
      ["s2", "t1", 2],
      ["s3", "t2", 1],
    ]);
    expect([diff.create, diff.update, diff.keptEdits, diff.orphaned]).toEqual([[], [], [], []]);
  });

  it("keeps a session edited by hand and reports how it differs, instead of updating it", () => {
    const edited = { startsAt: at("2026-07-09T02:00:00.000Z"), endsAt: at("2026-07-09T03:00:00.000Z") };
    const existing = saved.map((s) => (s.id === "s2" ? { ...s, ...edited, editedByHand: true } : s));
    const diff = diffPlan(before, existing);
    expect(diff.update).toEqual([]);
    expect(diff.keptEdits).toHaveLength(1);
    const [kept] = diff.keptEdits;
    expect(kept.id).toBe("s2");
    expect(kept.actual).toEqual(edited);
    expect([iso(kept.planned.startsAt), iso(kept.planned.endsAt)]).toEqual(["2026-07-09T01:00:00.000Z", "2026-07-09T02:30:00.000Z"]);
    expect(diff.unchanged.map((u) => u.id)).toEqual(["s1", "s3"]);
  });

  it("updates the sessions not edited by hand when the season's start time moves from 18:00 to 18:30", () => {
    const edited = { startsAt: at("2026-07-02T02:00:00.000Z"), endsAt: at("2026-07-02T03:30:00.000Z") };
    const existing = saved.map((s) => (s.id === "s1" ? { ...s, ...edited, editedByHand: true } : s));
    const diff = diffPlan(planSeason(small({ startTime: "18:30" })), existing);
    expect(
      diff.update.map((u) => ({
        id: u.id,
        from: iso(u.from.startsAt),
        to: iso(u.planned.startsAt),
        ends: iso(u.planned.endsAt),
        was: iso(u.from.endsAt),
      })),
    ).toEqual([
      {
        id: "s2",
        from: "2026-07-09T01:00:00.000Z",
        to: "2026-07-09T01:30:00.000Z",
        was: "2026-07-09T02:30:00.000Z",
        ends: "2026-07-09T03:00:00.000Z",
      },
      {
        id: "s3",
        from: "2026-07-16T01:00:00.000Z",
        to: "2026-07-16T01:30:00.000Z",
        was: "2026-07-16T02:30:00.000Z",
        ends: "2026-07-16T03:00:00.000Z",
      },
    ]);
    expect(diff.keptEdits.map((k) => [k.id, iso(k.actual.startsAt), iso(k.planned.startsAt)])).toEqual([
      ["s1", "2026-07-02T02:00:00.000Z", "2026-07-02T01:30:00.000Z"],
    ]);
    expect(diff.unchanged).toEqual([]);
  });

  it("counts a hand-edited session that matches the plan as unchanged", () => {
    const existing = saved.map((s) => ({ ...s, editedByHand: true }));
    const diff = diffPlan(before, existing);
    expect(diff.unchanged.map((u) => u.id)).toEqual(["s1", "s2", "s3"]);
    expect(diff.keptEdits).toEqual([]);
  });

  it("updates a session whose duration changed, even at the same start", () => {
    const diff = diffPlan(planSeason(small({ durationMinutes: 60 })), saved);
    expect(diff.update.map((u) => [u.id, iso(u.from.endsAt), iso(u.planned.endsAt)])).toEqual([
      ["s1", "2026-07-02T02:30:00.000Z", "2026-07-02T02:00:00.000Z"],
      ["s2", "2026-07-09T02:30:00.000Z", "2026-07-09T02:00:00.000Z"],
      ["s3", "2026-07-16T02:30:00.000Z", "2026-07-16T02:00:00.000Z"],
    ]);
  });

  it("creates the track weeks that have no session yet", () => {
    const diff = diffPlan(planSeason(small({ tracks: [...tracks([2, 2]), { id: "t3", name: "Track 3", plannedWeeks: 1 }] })), saved);
    expect(diff.create.map((c) => [c.trackId, c.trackWeek, c.date, iso(c.startsAt)])).toEqual([
      ["t2", 2, "2026-07-22", "2026-07-23T01:00:00.000Z"],
      ["t3", 1, "2026-07-29", "2026-07-30T01:00:00.000Z"],
    ]);
    expect(diff.unchanged.map((u) => u.id)).toEqual(["s1", "s2", "s3"]);
  });

  it("reports the sessions of a removed track, or of weeks a track no longer has, as orphaned", () => {
    const diff = diffPlan(planSeason(small({ tracks: tracks([1]) })), saved);
    expect(diff.orphaned.map((o) => o.id)).toEqual(["s2", "s3"]);
    expect(diff.unchanged.map((u) => u.id)).toEqual(["s1"]);
    expect(diff.create).toEqual([]);
  });

  it("moves the later tracks when an earlier one grows, keeping their identity by (track, week)", () => {
    const diff = diffPlan(planSeason(small({ tracks: tracks([3, 1]) })), saved);
    expect(diff.create.map((c) => [c.trackId, c.trackWeek, c.date])).toEqual([["t1", 3, "2026-07-15"]]);
    expect(diff.update.map((u) => [u.id, iso(u.from.startsAt), iso(u.planned.startsAt)])).toEqual([
      ["s3", "2026-07-16T01:00:00.000Z", "2026-07-23T01:00:00.000Z"],
    ]);
  });

  it("ignores sessions created by hand (no track or no track week)", () => {
    const hand = [
      { ...saved[0], id: "h1", trackId: null, trackWeek: null, editedByHand: true },
      { ...saved[0], id: "h2", trackId: "t1", trackWeek: null },
      { ...saved[0], id: "h3", trackId: null, trackWeek: 1 },
    ];
    const diff = diffPlan(before, [...hand, ...saved]);
    const ids = [...diff.update, ...diff.unchanged, ...diff.keptEdits, ...diff.orphaned].map((x) => x.id);
    expect(ids.filter((id) => id.startsWith("h"))).toEqual([]);
    expect(diff.unchanged.map((u) => u.id)).toEqual(["s1", "s2", "s3"]);
    expect(diff.create).toEqual([]);
  });

  it("matches the first of two sessions for the same track week and reports the other as orphaned", () => {
    const diff = diffPlan(before, [...saved, { ...saved[0], id: "dup" }]);
    expect(diff.unchanged.map((u) => u.id)).toEqual(["s1", "s2", "s3"]);
    expect(diff.orphaned.map((o) => o.id)).toEqual(["dup"]);
  });
});
