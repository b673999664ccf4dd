// schema.org Event data for session pages: attendance mode, status, places — and never a Zoom link.
import { describe, expect, it } from "vitest";
import { jsonLdText, sessionJsonLd } from "../../lib/calendar/event-json-ld.ts";
import { sessionDto } from "../support/session-dto.ts";

const base = sessionDto({ title: "Attention </script><script>alert(1)</script>" });

describe("session JSON-LD", () => {
  it("describes a mixed in-person and remote event with its venue and its page as the virtual location", () => {
    const data = sessionJsonLd(base, "https://paperclub.example");
    expect(data).toMatchObject({
      "@type": "Event",
      startDate: "2026-12-02T18:00:00.000-08:00",
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      eventStatus: "https://schema.org/EventScheduled",
      location: [
        { "@type": "Place", name: "The Commons", address: "123 Mission St" },
        { "@type": "VirtualLocation", url: `https://paperclub.example/sessions/${base.id}` },
      ],
    });
  });

  it("says online-only, offline-only and cancelled", () => {
    expect(sessionJsonLd({ ...base, isInPerson: false, venue: null }, "https://x.example").eventAttendanceMode).toBe(
      "https://schema.org/OnlineEventAttendanceMode",
    );
    expect(sessionJsonLd({ ...base, isRemote: false }, "https://x.example").eventAttendanceMode).toBe(
      "https://schema.org/OfflineEventAttendanceMode",
    );
    expect(sessionJsonLd({ ...base, status: "cancelled" }, "https://x.example").eventStatus).toBe("https://schema.org/EventCancelled");
  });

  it("cannot close its script element, whatever a title holds", () => {
    const text = jsonLdText(sessionJsonLd(base, "https://x.example"));
    expect(text).not.toContain("<");
    expect(JSON.parse(text).name).toBe(base.title);
  });
});
