// One session as a line of the schedule's list: when, what, which track, how to attend, seats,
// and the papers by title. The details (authors, presenters, links, RSVP) are on the session
// page and in the "Next up" card; this row stays small because the schedule lists a season.
// Links do not prefetch (components/ui/link.tsx): a list of fifty must not fetch fifty pages.
import Link from "@/components/ui/link.tsx";
import type { SessionDto } from "@/lib/schedule/dto.ts";
import { formatDay, formatTime } from "@/lib/time/format.ts";
import { LocalTime } from "./local-time.tsx";
import { MyRsvpNote } from "./personal/my-rsvp-note.tsx";
import { SeriesAndTrack } from "./session-meta.tsx";

function attendLine(session: SessionDto): string {
  const ways = session.isInPerson ? (session.isRemote ? "In person in SF or remote" : "In person in SF") : session.isRemote ? "Remote" : null;
  const open = session.isInPerson && session.seats !== null && !session.isPast;
  const seats = !open ? null : session.seatsLeft === 0 ? "full, waitlist open" : `${session.seatsLeft} of ${session.seats} seats left`;
  return [ways, seats, session.recordingUrl ? "Recording" : null].filter(Boolean).join(" · ");
}

export function SessionRow({ session }: { session: SessionDto }) {
  const cancelled = session.status === "cancelled";
  const papers = session.slots.map((slot) => slot.paper.title).join(" · ");
  // A weekly session named after its one paper says it once.
  const papersLine = papers === "" ? "Papers to be announced" : papers === session.title ? null : papers;
  return (
    <li className={`py-3 sm:flex sm:gap-6 ${session.isPast ? "text-slate-600" : ""}`} data-testid="session-row">
      <p className="text-sm sm:w-44 sm:shrink-0">
        <span className="font-semibold text-slate-900">{formatDay(session.startsAt, session.timeZone)}</span>,{" "}
        {formatTime(session.startsAt, session.timeZone)}
        <LocalTime iso={session.startsAt} sessionZone={session.timeZone} />
      </p>
      <div className="min-w-0 space-y-0.5">
        <h4 className="font-semibold">
          <Link href={`/sessions/${session.id}`} className="text-slate-900 underline-offset-2 hover:text-brand-700 hover:underline">
            {session.title}
          </Link>
          {cancelled ? <span className="ml-2 text-sm font-semibold text-red-800">Cancelled</span> : null}
        </h4>
        <p className="text-sm text-slate-700">
          <SeriesAndTrack session={session} />
          {cancelled || attendLine(session) === "" ? null : ` · ${attendLine(session)}`}
        </p>
        {papersLine ? <p className="text-sm text-slate-600">{papersLine}</p> : null}
        {session.isPast ? null : <MyRsvpNote sessionId={session.id} />}
      </div>
    </li>
  );
}
