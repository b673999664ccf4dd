// One session as a line of the schedule's list: when, what, which track, how to attend, seats,
// and the papers by title. The details (authors, presenters, links, RSVP) are on the session
// page and in the "Next up" card; this row stays small because the schedule lists a season.
// Links do not prefetch (components/ui/link.tsx): a list of fifty must not fetch fifty pages.
// Its look is the `.session-row` rules of app/globals.css, not utility classes on each element:
// a season's fifty rows are in the page twice (the HTML and React's payload), and on a phone
// every byte of both is parsed before the page responds.
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
    <li className={session.isPast ? "session-row past" : "session-row"} data-testid="session-row">
      <p className="when">
        <strong>{formatDay(session.startsAt, session.timeZone)}</strong>, {formatTime(session.startsAt, session.timeZone)}
        <LocalTime iso={session.startsAt} sessionZone={session.timeZone} />
      </p>
      <div className="what">
        <h4>
          <Link href={`/sessions/${session.id}`}>{session.title}</Link>
          {cancelled ? <span className="cancelled">Cancelled</span> : null}
        </h4>
        <p className="meta">
          <SeriesAndTrack session={session} />
          {cancelled || attendLine(session) === "" ? null : ` · ${attendLine(session)}`}
        </p>
        {papersLine ? <p className="papers">{papersLine}</p> : null}
        {session.isPast ? null : <MyRsvpNote sessionId={session.id} />}
      </div>
    </li>
  );
}
