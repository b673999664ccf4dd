// The weekly Paper Club in one step: a suggested paper becomes a draft session on the next free
// Wednesday at noon Pacific, with the suggester's note; the suggestion becomes scheduled.
import { describe, expect, it } from "vitest";
import { scheduleNextWeek } from "../../lib/schedule/schedule-next-week.ts";
import { localParts } from "../../lib/time/zoned.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";

describe("schedule for next Wednesday", () => {
  const database = useTestDatabase({ seeded: true });

  it("creates the session with the paper and the note on the next free Wednesday", async () => {
    const db = database.current.db;
    const organizer = await actorByEmail(db, "organizer@example.com");
    const [first, second] = await db.suggestion.findMany({
      where: { kind: "PAPER", status: { in: ["OPEN", "ACCEPTED"] } },
      orderBy: { createdAt: "asc" },
      include: { paper: true },
    });
    // A Monday far from the demo's sessions: the next Wednesday is two days later.
    const monday = new Date("2031-01-06T20:00:00Z");
    const one = await scheduleNextWeek(organizer, { suggestionId: first.id }, monday);
    const two = await scheduleNextWeek(organizer, { suggestionId: second.id }, monday);
    expect(localParts(one.startsAt, one.timeZone)).toEqual({ date: "2031-01-08", time: "12:00" });
    expect(localParts(two.startsAt, two.timeZone)).toEqual({ date: "2031-01-15", time: "12:00" });
    const session = await db.session.findUniqueOrThrow({ where: { id: one.sessionId }, include: { slots: true, series: true } });
    expect(session).toMatchObject({ status: "DRAFT", title: first.paper!.title, description: first.reason, isRemote: true, isInPerson: false });
    expect(session.series.slug).toBe("paper-club");
    expect(session.slots.map((s) => s.paperId)).toEqual([first.paperId]);
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "SCHEDULED",
      scheduledSlotId: session.slots[0].id,
    });
    // Scheduled once: a second try is refused and writes nothing.
    expect((await rejection(scheduleNextWeek(organizer, { suggestionId: first.id }, monday))).code).toBe("conflict");
    expect(await db.session.count({ where: { title: first.paper!.title, seriesId: session.seriesId } })).toBe(1);
  });

  it("is for organizers, and refuses topics", async () => {
    const db = database.current.db;
    const topic = await db.suggestion.findFirstOrThrow({ where: { kind: "TOPIC" } });
    const paper = await db.suggestion.findFirstOrThrow({ where: { kind: "PAPER", status: "OPEN" } });
    expect((await rejection(scheduleNextWeek(await actorByEmail(db, "member@example.com"), { suggestionId: paper.id }))).code).toBe("forbidden");
    expect((await rejection(scheduleNextWeek(await actorByEmail(db, "organizer@example.com"), { suggestionId: topic.id }))).code).toBe("conflict");
  });
});
