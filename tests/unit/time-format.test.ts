import { describe, expect, it } from "vitest";
import { dayKey, formatTime, groupByMonthAndWeek, weekKey } from "../../lib/time/format.ts";
import { isoInZone } from "../../lib/schedule/dto.ts";

const PT = "America/Los_Angeles";

describe("time formatting", () => {
  it("keeps 6 PM local on both sides of the November DST change, with the right offset", () => {
    const before = isoInZone(new Date("2026-10-29T01:00:00Z"), PT);
    const after = isoInZone(new Date("2026-11-05T02:00:00Z"), PT);
    expect(before).toBe("2026-10-28T18:00:00.000-07:00");
    expect(after).toBe("2026-11-04T18:00:00.000-08:00");
    expect(formatTime(before, PT)).toBe("6:00 PM PDT");
    expect(formatTime(after, PT)).toBe("6:00 PM PST");
  });

  it("takes the calendar day in the zone, not in UTC", () => {
    // 6 PM Pacific on Wednesday is already Thursday in UTC.
    expect(dayKey("2026-07-02T01:00:00Z", PT)).toBe("2026-07-01");
    expect(dayKey("2026-07-02T01:00:00Z", "UTC")).toBe("2026-07-02");
  });

  it("starts weeks on Monday", () => {
    expect(weekKey("2026-07-01T19:00:00Z", PT)).toBe("2026-06-29");
    expect(weekKey("2026-07-05T19:00:00Z", PT)).toBe("2026-06-29");
    expect(weekKey("2026-07-06T19:00:00Z", PT)).toBe("2026-07-06");
  });

  it("groups by month and week in order", () => {
    const items = [
      { id: "a", startsAt: "2026-07-01T19:00:00Z" },
      { id: "b", startsAt: "2026-07-02T19:00:00Z" },
      { id: "c", startsAt: "2026-07-08T19:00:00Z" },
      { id: "d", startsAt: "2026-08-05T19:00:00Z" },
    ];
    const months = groupByMonthAndWeek(items, PT);
    expect(months.map((m) => m.label)).toEqual(["July 2026", "August 2026"]);
    expect(months[0].weeks.map((w) => w.items.map((i) => i.id))).toEqual([["a", "b"], ["c"]]);
    expect(months[1].weeks).toHaveLength(1);
  });
});
