// The one clock (lib/time/clock.ts): TEST_TODAY moves it, and only under the test suite.
import { describe, expect, it } from "vitest";
import { parseEnv, startupNotices } from "../../lib/env.ts";
import { appNow, OFFSET_VARIABLE, parseTestToday, pinClockOffset, systemNow, TEST_RUN_FLAG } from "../../lib/time/clock.ts";
import { dayKey } from "../../lib/time/format.ts";

const LA = "America/Los_Angeles";

describe("TEST_TODAY", () => {
  it("names 10:00 Pacific on a date, on either side of a DST change", () => {
    expect(parseTestToday("2027-01-01").toISOString()).toBe("2027-01-01T18:00:00.000Z"); // PST, UTC-8
    expect(parseTestToday("2027-03-14").toISOString()).toBe("2027-03-14T17:00:00.000Z"); // PDT from 2 AM that day
    expect(parseTestToday("2026-11-01").toISOString()).toBe("2026-11-01T18:00:00.000Z"); // PST from 2 AM that day
    expect(parseTestToday("2026-12-31T23:30:00-08:00").toISOString()).toBe("2027-01-01T07:30:00.000Z");
  });

  it("refuses what is not a date or an instant with a zone", () => {
    for (const bad of ["2027-02-30", "tomorrow", "2027-3-14", "2027-03-14T10:00", ""]) expect(() => parseTestToday(bad)).toThrow(/TEST_TODAY/);
    expect(() => parseEnv({ TEST_TODAY: "next week" })).toThrow(/TEST_TODAY/);
  });

  it("moves the clock only where the test runners set the flag, and pins one offset for the run", () => {
    expect(pinClockOffset({ TEST_TODAY: "2027-03-14" })).toBe(0);
    const env: Record<string, string | undefined> = { TEST_TODAY: "2027-03-14", [TEST_RUN_FLAG]: "1" };
    const offset = pinClockOffset(env);
    expect(dayKey(new Date(systemNow().getTime() + offset), LA)).toBe("2027-03-14");
    expect(env[OFFSET_VARIABLE]).toBe(String(offset));
    // A process started later by the run takes the pinned offset, not a new one.
    expect(pinClockOffset({ ...env, TEST_TODAY: "1999-01-01" })).toBe(offset);
    expect(() => pinClockOffset({ [TEST_RUN_FLAG]: "1", [OFFSET_VARIABLE]: "soon" })).toThrow(OFFSET_VARIABLE);
  });

  it("is the day this suite runs as", () => {
    // This whole suite runs under vitest.config.ts, which pins TEST_TODAY's offset when it is set.
    const expected = process.env.TEST_TODAY ? dayKey(parseTestToday(process.env.TEST_TODAY), LA) : dayKey(systemNow(), LA);
    // (A run that crosses midnight in Pacific time would see the next day.)
    expect([expected, dayKey(new Date(parseTestToday(expected).getTime() + 86_400_000), LA)]).toContain(dayKey(appNow(), LA));
  });

  it("is ignored, and says so, when a server is started outside the suite", () => {
    expect(startupNotices(parseEnv({ TEST_TODAY: "2027-03-14", SMTP_URL: "smtp://x.example" }))).toEqual([
      "[clock] TEST_TODAY=2027-03-14 is ignored: it moves the clock only under the test suite (npm test).",
    ]);
    expect(startupNotices(parseEnv({ TEST_TODAY: "2027-03-14", PAPERCLUB_TEST_RUN: "1", SMTP_URL: "smtp://x.example" }))).toEqual([
      "[clock] Under test: this server runs as if today were 2027-03-14 (TEST_TODAY).",
    ]);
  });
});
