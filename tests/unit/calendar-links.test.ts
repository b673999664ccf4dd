// "Add to calendar" links: the right instants in UTC, the session's page, never a remote link.
import { describe, expect, it } from "vitest";
import { googleCalendarUrl, outlookCalendarUrl, webcalUrl } from "../../lib/calendar/calendar-links.ts";
import { sessionDto } from "../support/session-dto.ts";

const session = sessionDto({
  slots: [
    {
      id: "s1",
      position: 0,
      durationMinutes: 45,
      paper: {
        id: "p1",
        title: "Attention Is All You Need",
        authors: ["A. Vaswani"],
        year: 2017,
        url: "https://arxiv.org/abs/1706.03762",
        arxivId: "1706.03762",
        canonicalId: "arxiv:1706.03762",
      },
      speakerStatus: "confirmed",
      presenter: { name: "Ada", affiliation: null, isOutsideAuthor: false },
      slidesUrl: null,
    },
  ],
});

describe("calendar links", () => {
  it("opens Google Calendar with the session in UTC, its papers and its page", () => {
    const url = new URL(googleCalendarUrl(session, "https://paperclub.example"));
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(url.searchParams.get("dates")).toBe("20261203T020000Z/20261203T033000Z");
    expect(url.searchParams.get("text")).toBe("Attention & Transformers · Test of Time Paper Club");
    expect(url.searchParams.get("details")).toContain("1. Attention Is All You Need (A. Vaswani) — presented by Ada");
    expect(url.searchParams.get("details")).toContain(`https://paperclub.example/sessions/${session.id}`);
    expect(url.searchParams.get("location")).toBe("The Commons, 123 Mission St");
  });

  it("opens Outlook with ISO instants", () => {
    const url = new URL(outlookCalendarUrl(session, "https://paperclub.example"));
    expect(url.searchParams.get("startdt")).toBe("2026-12-03T02:00:00.000Z");
    expect(url.searchParams.get("enddt")).toBe("2026-12-03T03:30:00.000Z");
    expect(url.searchParams.get("rru")).toBe("addevent");
  });

  it("turns a feed's address into a webcal:// subscription", () => {
    expect(webcalUrl("https://paperclub.example/calendar/test-of-time.ics")).toBe("webcal://paperclub.example/calendar/test-of-time.ics");
    expect(webcalUrl("http://localhost:3000/calendar/tracks/rl.ics")).toBe("webcal://localhost:3000/calendar/tracks/rl.ics");
  });
});
