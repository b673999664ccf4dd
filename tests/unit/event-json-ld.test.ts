// schema.org Event data for session pages: attendance mode, status, places — and never a Zoom link.
import { describe, expect, it } from "vitest";
import { jsonLdText, sessionJsonLd } from "../../lib/calendar/event-json-ld.ts";
import type { SessionDto } from "../../lib/schedule/dto.ts";

const base: SessionDto = {
  id: "0b5c2b8e-8d2a-4a53-9a43-3f1f0e7b8c11",
  title: "Attention </script><script>alert(1)</script>",
  description: "",
  series: { slug: "test-of-time", name: "Test of Time Paper Club" },
  track: null,
  startsAt: "2026-12-02T18:00:00.000-08:00",
  endsAt: "2026-12-02T19:30:00.000-08:00",
  timeZone: "America/Los_Angeles",
  isInPerson: true,
  isRemote: true,
  venue: { name: "The Commons", address: "123 Mission St" },
  seats: 40,
  seatsLeft: 3,
  status: "published",
  cancelReason: null,
  recordingUrl: null,
  slidesUrl: null,
  pairedSessionId: null,
  isPast: false,
  slots: [],
};

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
