// The pure parts of the attendee tools: the counts line of the attendees page and the door's search.
import { describe, expect, it } from "vitest";
import { attendeeCountsLine, noShowsLabel } from "../../components/attendee-counts.ts";
import { matchesSearch } from "../../components/door-search.ts";
import type { AttendeeList } from "../../lib/rsvps/list-attendees.ts";

function session(s: Partial<AttendeeList["session"]>): AttendeeList["session"] {
  return {
    id: "s",
    title: "A session",
    startsAt: "2026-07-01T18:00:00.000-07:00",
    timeZone: "America/Los_Angeles",
    isInPerson: true,
    isRemote: true,
    seats: 40,
    cancelled: false,
    seriesSlug: "paper-club",
    ...s,
  };
}

const counts = { confirmed: 38, waitlisted: 12, remote: 85, checkedIn: 0 };

describe("attendeeCountsLine", () => {
  it("says seats, waitlist, remote and check-ins of a hybrid session", () => {
    expect(attendeeCountsLine({ session: session({ isInPerson: true, isRemote: true, seats: 40 }), counts })).toBe(
      "38 of 40 seats · 12 waitlisted · 85 remote · 0 checked in",
    );
  });

  it("leaves out what a session does not have", () => {
    const remoteOnly = { confirmed: 0, waitlisted: 0, remote: 5, checkedIn: 2 };
    expect(attendeeCountsLine({ session: session({ isInPerson: false, isRemote: true, seats: null }), counts: remoteOnly })).toBe(
      "5 remote · 2 checked in",
    );
    expect(attendeeCountsLine({ session: session({ isInPerson: true, isRemote: false, seats: null }), counts: { ...counts, remote: 0 } })).toBe(
      "38 in person · 12 waitlisted · 0 checked in",
    );
  });

  it("counts no-shows in words", () => {
    expect([noShowsLabel(1), noShowsLabel(2)]).toEqual(["1 no-show", "2 no-shows"]);
  });
});

describe("matchesSearch", () => {
  const jose = { name: "José Núñez", email: "jose.nunez@example.com" };

  it("finds every word in the name or the email, ignoring case and accents", () => {
    expect(matchesSearch(jose, "")).toBe(true);
    expect(matchesSearch(jose, "  ")).toBe(true);
    expect(matchesSearch(jose, "jose")).toBe(true);
    expect(matchesSearch(jose, "NÚÑ")).toBe(true);
    expect(matchesSearch(jose, "nunez@exa")).toBe(true);
    expect(matchesSearch(jose, "jose ada")).toBe(false);
    expect(matchesSearch({ name: "A former member", email: null }, "former")).toBe(true);
  });
});
