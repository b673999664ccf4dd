// How long a refused person is told to wait: until the oldest counted event leaves the window,
// at least a second and never more than the window itself.
import { describe, expect, it } from "vitest";
import { ACTION_LIMITS } from "../../lib/rate-limit/action-limits.ts";
import { minutesToWait, retryAfterSeconds } from "../../lib/rate-limit/sliding-window.ts";

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

describe("retryAfterSeconds", () => {
  it("counts the seconds until the oldest event is an hour old, rounded up", () => {
    expect(retryAfterSeconds(at("2026-11-28T10:00:00.000Z"), HOUR, at("2026-11-28T10:30:00.400Z"))).toBe(1800);
  });

  it("is never more than the window, even for an event stamped after the caller read the clock", () => {
    // A request reads the clock, then waits for the lock while others record their events.
    expect(retryAfterSeconds(at("2026-11-28T10:00:00.900Z"), HOUR, at("2026-11-28T10:00:00.100Z"))).toBe(3600);
  });

  it("is at least one second", () => {
    expect(retryAfterSeconds(at("2026-11-28T10:00:00Z"), HOUR, at("2026-11-28T11:00:00Z"))).toBe(1);
  });

  it("rounds minutes up for messages", () => {
    expect(minutesToWait(3600)).toBe(60);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(1)).toBe(1);
  });

  it("tells a person refused by a vote, claim or RSVP limit how many minutes to wait", () => {
    expect(ACTION_LIMITS.vote.message(30)).toBe("You're doing that too often — try again in 1 minute.");
    expect(ACTION_LIMITS.rsvp.message(299)).toBe("You're doing that too often — try again in 5 minutes.");
  });
});
