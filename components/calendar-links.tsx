// "Add to your calendar" for one session: the .ics file, Google Calendar and Outlook. Times go
// out in UTC, so every calendar shows the viewer's own local time.
import { ExternalLink } from "./ui/external-link.tsx";
import { googleCalendarUrl, outlookCalendarUrl } from "@/lib/calendar/calendar-links.ts";
import type { SessionDto } from "@/lib/schedule/dto.ts";

export function CalendarLinks({ session, siteUrl }: { session: SessionDto; siteUrl: string }) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
      <li>
        <a href={`/sessions/${session.id}/calendar.ics`} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
          Download .ics (Apple Calendar and others)
        </a>
      </li>
      <li>
        <ExternalLink href={googleCalendarUrl(session, siteUrl)}>Google Calendar</ExternalLink>
      </li>
      <li>
        <ExternalLink href={outlookCalendarUrl(session, siteUrl)}>Outlook</ExternalLink>
      </li>
    </ul>
  );
}

/** A feed to subscribe to: webcal:// for calendar apps, and the https address to copy. */
export function SubscribeLinks({ feedUrl, label }: { feedUrl: string; label: string }) {
  return (
    <p className="text-sm text-slate-700">
      <a href={feedUrl.replace(/^https?:\/\//, "webcal://")} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
        Subscribe to {label} in your calendar
      </a>{" "}
      (or add <span className="break-all font-mono text-xs">{feedUrl}</span> by URL)
    </p>
  );
}
