import type { SessionDto } from "@/lib/schedule/dto.ts";
import { formatDay, formatTimeRange } from "@/lib/time/format.ts";
import { LocalTime } from "./local-time.tsx";
import { SeriesAndTrack, SessionModeBadges, SessionTitle, seatsLabel } from "./session-meta.tsx";
import { SessionRsvp, sessionForRsvp } from "./session-rsvp.tsx";
import { SlotList } from "./slot-list.tsx";

type Props = {
  session: SessionDto;
  headingLevel?: 2 | 3 | 4;
  /** Upcoming sessions then show the RSVP control (the person's, from the personal layer). */
  withRsvp?: boolean;
};

export function SessionCard({ session, headingLevel = 3, withRsvp = false }: Props) {
  const seats = seatsLabel(session);
  const showsRsvp = withRsvp && !session.isPast && session.status !== "cancelled";
  return (
    <article
      className={`rounded-lg border bg-white p-4 shadow-sm sm:p-5 ${session.status === "cancelled" ? "border-red-200 opacity-90" : "border-slate-200"}`}
      aria-labelledby={`session-${session.id}`}
      data-testid="session-card"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:gap-6">
        <div className="shrink-0 sm:w-44">
          <p className="font-semibold text-slate-900">{formatDay(session.startsAt, session.timeZone)}</p>
          <p className="text-sm text-slate-700">{formatTimeRange(session.startsAt, session.endsAt, session.timeZone)}</p>
          <LocalTime iso={session.startsAt} sessionZone={session.timeZone} />
        </div>
        <div className="min-w-0 flex-1 space-y-3">
          <div className="space-y-1.5">
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
              <SeriesAndTrack session={session} />
            </p>
            <SessionTitle session={session} level={headingLevel} id={`session-${session.id}`} />
            <SessionModeBadges session={session} />
            {seats ? <p className="text-sm text-slate-700">{seats}</p> : null}
          </div>
          {showsRsvp ? <SessionRsvp session={sessionForRsvp(session)} compact /> : null}
          <SlotList slots={session.slots} />
        </div>
      </div>
    </article>
  );
}
