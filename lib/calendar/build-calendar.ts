// Published sessions as iCalendar (RFC 5545), with ical-generator (docs/decisions/015-calendars.md).
// Pure: no I/O. Times are written in UTC ("…Z"), which every importer reads without shifting;
// each event has a stable UID (the session's id), a SEQUENCE that rises with each published
// change, and a cancelled session stays in the feed as STATUS:CANCELLED so calendars remove it.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { SessionDto } from "../schedule/dto.ts";

export type CalendarEvent = {
  session: SessionDto;
  sequence: number;
  /** Only in a person's own feed: what they signed up for, and the remote link they may use. */
  personal?: { note: string; remoteUrl: string | null };
};

export type CalendarInput = {
  /** The calendar's name, shown by calendar apps (X-WR-CALNAME). */
  name: string;
  description?: string;
  /** Absolute base URL of the site, for each event's link. */
  siteUrl: string;
  events: CalendarEvent[];
  /** When this version of the calendar was made: the latest publication (DTSTAMP). */
  stamp: Date;
  /** A single event meant for import ("Add to calendar") rather than a subscribed feed. */
  method?: "publish";
};

/** Stable across publications and hosts: calendars match updates by it. */
export function eventUid(sessionId: string): string {
  return `session-${sessionId}@paperclub`;
}

export function describeSession(session: SessionDto, sessionUrl: string): string {
  const papers = session.slots.map((slot, i) => {
    const by = slot.presenter ? ` — presented by ${slot.presenter.name}` : "";
    return `${i + 1}. ${slot.paper.title}${slot.paper.authors.length ? ` (${slot.paper.authors.join(", ")})` : ""}${by}\n   ${slot.paper.url}`;
  });
  const where = [
    session.isInPerson && session.venue ? `In person: ${session.venue.name}` : null,
    session.isRemote ? "Remote: on Zoom (the link is with your RSVP)" : null,
  ]
    .filter(Boolean)
    .join("\n");
  return [
    session.status === "cancelled" ? `CANCELLED${session.cancelReason ? `: ${session.cancelReason}` : ""}` : null,
    session.description || null,
    papers.length ? `Papers:\n${papers.join("\n")}` : null,
    where || null,
    `Details and RSVP: ${sessionUrl}`,
  ]
    .filter(Boolean)
    .join("\n\n");
}

export function buildCalendar(input: CalendarInput): string {
  const calendar = ical({
    name: input.name,
    description: input.description,
    prodId: { company: "Paper Club", product: "schedule", language: "EN" },
    ttl: 60 * 60,
  });
  if (input.method === "publish") calendar.method(ICalCalendarMethod.PUBLISH);
  for (const { session, sequence, personal } of input.events) {
    const url = `${input.siteUrl}/sessions/${session.id}`;
    const mine = personal ? [personal.note, personal.remoteUrl ? `Join remotely: ${personal.remoteUrl}` : null].filter(Boolean).join("\n") : "";
    calendar.createEvent({
      id: eventUid(session.id),
      sequence,
      start: new Date(session.startsAt),
      end: new Date(session.endsAt),
      stamp: input.stamp,
      summary: `${session.status === "cancelled" ? "Cancelled: " : ""}${session.title} · ${session.series.name}`,
      description: mine ? `${mine}\n\n${describeSession(session, url)}` : describeSession(session, url),
      location: session.isInPerson && session.venue ? [session.venue.name, session.venue.address].filter(Boolean).join(", ") : "Online (Zoom)",
      url,
      status: session.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
