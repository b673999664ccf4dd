// formatClock: the local 24-hour time of an instant in a zone, as spreadsheets read it.
import { describe, expect, it } from "vitest";
import { formatClock } from "../../lib/time/format.ts";

const LA = "America/Los_Angeles";

describe("formatClock", () => {
  it("gives the local time in the zone, not in UTC", () => {
    // 01:00 UTC on July 2 is 18:00 on July 1 in Los Angeles (PDT, UTC-7).
    expect(formatClock("2026-07-02T01:00:00Z", LA)).toBe("18:00");
    expect(formatClock("2026-07-02T01:00:00Z", "UTC")).toBe("01:00");
    expect(formatClock(new Date("2026-07-02T01:30:00Z"), "Europe/Berlin")).toBe("03:30");
  });

  it("keeps 18:00 local on both sides of the November DST change", () => {
    expect(formatClock("2026-10-29T01:00:00Z", LA)).toBe("18:00");
    expect(formatClock("2026-11-05T02:00:00Z", LA)).toBe("18:00");
  });

  it("writes midnight as 00:00 and pads single digits", () => {
    expect(formatClock("2026-07-01T07:00:00Z", LA)).toBe("00:00");
    expect(formatClock("2026-07-01T16:05:00Z", LA)).toBe("09:05");
  });
});
