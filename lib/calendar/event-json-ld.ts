// schema.org Event data for a session page (JSON-LD), so search engines and chat previews know
// when and where it is. The virtual location is the session's page — never the Zoom link, which
// only people with an RSVP get. Pure: no I/O.
import type { SessionDto } from "../schedule/dto.ts";

const SCHEMA = "https://schema.org/";

export function sessionJsonLd(session: SessionDto, siteUrl: string) {
  const url = `${siteUrl}/sessions/${session.id}`;
  const mode =
    session.isInPerson && session.isRemote
      ? "MixedEventAttendanceMode"
      : session.isInPerson
        ? "OfflineEventAttendanceMode"
        : "OnlineEventAttendanceMode";
  const location = [
    ...(session.isInPerson && session.venue
      ? [{ "@type": "Place", name: session.venue.name, address: session.venue.address ?? session.venue.name }]
      : []),
    ...(session.isRemote ? [{ "@type": "VirtualLocation", url }] : []),
  ];
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: session.title,
    description: session.description || session.slots.map((s) => s.paper.title).join(" · ") || session.series.name,
    startDate: session.startsAt,
    endDate: session.endsAt,
    eventAttendanceMode: `${SCHEMA}${mode}`,
    eventStatus: `${SCHEMA}${session.status === "cancelled" ? "EventCancelled" : "EventScheduled"}`,
    location: location.length === 1 ? location[0] : location,
    organizer: { "@type": "Organization", name: "Paper Club", url: siteUrl },
    url,
    isAccessibleForFree: true,
    ...(session.slots.some((s) => s.presenter)
      ? { performer: session.slots.flatMap((s) => (s.presenter ? [{ "@type": "Person", name: s.presenter.name }] : [])) }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json"> element: no "<" can close the element early. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
