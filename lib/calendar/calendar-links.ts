// Links that put a session into a calendar: a .ics file, Google Calendar and Outlook's "add
// event" pages, and webcal:// subscriptions to the feeds. Pure: no I/O.
import type { SessionDto } from "../schedule/dto.ts";
import { describeSession } from "./build-calendar.ts";

/** 20261202T020000Z: the compact UTC form Google Calendar's dates parameter takes. */
function compactUtc(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

function location(session: SessionDto): string {
  return session.isInPerson && session.venue ? [session.venue.name, session.venue.address].filter(Boolean).join(", ") : "Online (Zoom)";
}

export function googleCalendarUrl(session: SessionDto, siteUrl: string): string {
  const url = new URL("https://calendar.google.com/calendar/render");
  url.searchParams.set("action", "TEMPLATE");
  url.searchParams.set("text", `${session.title} · ${session.series.name}`);
  url.searchParams.set("dates", `${compactUtc(session.startsAt)}/${compactUtc(session.endsAt)}`);
  url.searchParams.set("details", describeSession(session, `${siteUrl}/sessions/${session.id}`));
  url.searchParams.set("location", location(session));
  return url.toString();
}

export function outlookCalendarUrl(session: SessionDto, siteUrl: string): string {
  const url = new URL("https://outlook.live.com/calendar/0/action/compose");
  url.searchParams.set("rru", "addevent");
  url.searchParams.set("subject", `${session.title} · ${session.series.name}`);
  url.searchParams.set("startdt", new Date(session.startsAt).toISOString());
  url.searchParams.set("enddt", new Date(session.endsAt).toISOString());
  url.searchParams.set("body", describeSession(session, `${siteUrl}/sessions/${session.id}`));
  url.searchParams.set("location", location(session));
  return url.toString();
}

/** The same feed for calendar apps that subscribe (webcal://) rather than download. */
export function webcalUrl(httpUrl: string): string {
  return httpUrl.replace(/^https?:\/\//, "webcal://");
}
