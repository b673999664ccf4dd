// One session as a compact line of the schedule: when; the title; its track as a coloured chip
// (the series when it has no track); how many papers (when more than one); "speaker needed" while a slot is open;
// seats left, "full", or "remote only"; the recording once there is one; and how the signed-in
// person answered (from the personal layer). Details (papers by name, presenters, RSVP) are on
// the session page.
// Small on purpose: a season's fifty rows are in the page twice (the HTML and React's payload),
// and on a phone every byte of both is parsed before the page responds. So its look is the
// `.session-row` rules of app/globals.css rather than utility classes on every element, and its
// links are plain <a> (a page the front serves from its cache), not Next's <Link>, which is a
// client component to hydrate per link. Past rows carry no client component at all.
import { ExternalLink } from "@/components/ui/external-link.tsx";
import { Chip } from "@/components/ui/chip.tsx";
import type { SessionDto } from "@/lib/schedule/dto.ts";
import { formatDay, formatTime } from "@/lib/time/format.ts";
import { LocalTime } from "../local-time.tsx";
import { MyRsvpNote } from "../personal/my-rsvp-note.tsx";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Seats left, "full", or which way only: what someone deciding to come wants to know. */
export function attendNote(session: SessionDto): string | null {
  if (session.status === "cancelled" || session.isPast) return null;
  if (!session.isInPerson) return session.isRemote ? "Remote only" : null;
  if (!session.isRemote) return session.seatsLeft === 0 ? "In person only · full, waitlist open" : "In person only";
  if (session.seats === null) return "In person or remote";
  return session.seatsLeft === 0 ? "Full in SF · waitlist or remote" : `${plural(session.seatsLeft!, "seat")} left in SF`;
}

export function speakersNeeded(session: SessionDto): number {
  if (session.status === "cancelled" || session.isPast) return 0;
  return session.slots.filter((slot) => slot.speakerStatus === "open").length;
}

export function SessionRow({ session, tone }: { session: SessionDto; tone: number | undefined }) {
  const cancelled = session.status === "cancelled";
  const needed = speakersNeeded(session);
  const attend = attendNote(session);
  const papers = session.slots.length;
  const className = `session-row${session.isPast ? " past" : ""}`;
  return (
    <li className={className} data-testid="session-row">
      <p className="when">
        <strong>{formatDay(session.startsAt, session.timeZone)}</strong> {formatTime(session.startsAt, session.timeZone)}
        {session.isPast ? null : <LocalTime iso={session.startsAt} sessionZone={session.timeZone} />}
      </p>
      <div className="what">
        <h4>
          <a href={`/sessions/${session.id}`}>{session.title}</a>
        </h4>
        <div className="meta">
          {session.track ? (
            <Chip tone={tone ?? 0} href={`/tracks/${session.track.slug}`}>
              {session.track.name}
            </Chip>
          ) : (
            <Chip tone="neutral">{session.series.name}</Chip>
          )}
          {cancelled ? <span className="cancelled">Cancelled</span> : null}
          {/* A weekly session of one paper is named after it: "1 paper" would say nothing. */}
          {papers === 1 ? null : <span>{papers === 0 ? "Papers to be announced" : plural(papers, "paper")}</span>}
          {needed > 0 ? <span className="needed">{needed === 1 ? "Speaker needed" : `${needed} speakers needed`}</span> : null}
          {attend ? <span>{attend}</span> : null}
          {session.isPast && session.recordingUrl ? (
            <ExternalLink href={session.recordingUrl} className="recording">
              Recording<span className="sr-only"> of {session.title}</span>
            </ExternalLink>
          ) : null}
        </div>
        {session.isPast ? null : <MyRsvpNote sessionId={session.id} />}
      </div>
    </li>
  );
}
