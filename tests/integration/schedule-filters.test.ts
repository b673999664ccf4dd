// The schedule's read answers a series or track that names nothing with a 422 naming the
// field, so the /schedule page and GET /api/v1/schedule agree (they both call listSchedule).
import { describe, expect, it } from "vitest";
import { assertKnownFilters } from "../../lib/schedule/assert-known-filters.ts";
import { listSchedule } from "../../lib/schedule/list-schedule.ts";
import { listOpenSlots } from "../../lib/speakers/list-open-slots.ts";
import { listSuggestions } from "../../lib/suggestions/list-suggestions.ts";
import { rejection } from "../support/helpers.ts";
import { useTestDatabase } from "../support/database.ts";
import { openSlots } from "../support/slot-fixtures.ts";

describe("schedule filters that name nothing", () => {
  const database = useTestDatabase({ seeded: true });

  it("rejects an unknown series with the field named", async () => {
    const error = await rejection(listSchedule(null, { series: "bogus" }));
    expect(error.code).toBe("validation");
    expect(error.fields).toEqual({ series: 'No series named "bogus".' });
  });

  it("rejects an unknown track, and names both fields when both are unknown", async () => {
    expect((await rejection(listSchedule(null, { track: "no-such-track" }))).fields).toEqual({ track: 'No track named "no-such-track".' });
    expect((await rejection(listSchedule(null, { series: "nope", track: "nada", mode: "remote" }))).fields).toEqual({
      series: 'No series named "nope".',
      track: 'No track named "nada".',
    });
  });

  it('answers the same on "needs a speaker" and the suggestions board', async () => {
    expect((await rejection(listOpenSlots(null, { series: "bogus", track: "nada" }))).fields).toEqual({
      series: 'No series named "bogus".',
      track: 'No track named "nada".',
    });
    expect((await rejection(listSuggestions(null, { track: "nada" }))).fields).toEqual({ track: 'No track named "nada".' });
    await openSlots(database.current.db, 1);
    expect((await listOpenSlots(null, { series: "test-of-time" })).slots.length).toBeGreaterThan(0);
  });

  it("still lists the sessions of a series and a track that exist", async () => {
    const track = await database.current.db.track.findFirstOrThrow({ where: { sessions: { some: { status: "PUBLISHED" } } } });
    const sessions = await listSchedule(null, { series: "test-of-time", track: track.slug });
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => s.track?.slug === track.slug)).toBe(true);
    await expect(assertKnownFilters({ series: "paper-club" })).resolves.toBeUndefined();
    await expect(assertKnownFilters({})).resolves.toBeUndefined();
  });
});
