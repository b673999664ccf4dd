// A track as a curriculum (issue 19, item 3): its weeks in order, each with its date, its papers
// (presenter, slides), the recording once it is over, and the RSVP while it is ahead — the way
// someone catching up, or planning to come, reads a track.
import type { SessionDto } from "@/lib/schedule/dto.ts";
import { formatDay, formatTimeRange } from "@/lib/time/format.ts";
import { SessionTitle, seatsLabel } from "./session-meta.tsx";
import { SessionRsvp, sessionForRsvp } from "./session-rsvp.tsx";
import { SlotList } from "./slot-list.tsx";
import { StatusBadge } from "./ui/badge.tsx";
import { ExternalLink } from "./ui/external-link.tsx";

export function TrackCurriculum({ sessions }: { sessions: SessionDto[] }) {
  return (
    <ol className="space-y-4">
      {sessions.map((s, i) => {
        const ahead = !s.isPast && s.status !== "cancelled";
        const seats = ahead ? seatsLabel(s) : null;
        return (
          <li key={s.id} className="card space-y-3 p-4 sm:p-5" aria-labelledby={`week-${s.id}`} data-testid="curriculum-week">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
                Week {i + 1} · {formatDay(s.startsAt, s.timeZone)}
                {ahead ? ` · ${formatTimeRange(s.startsAt, s.endsAt, s.timeZone)}` : ""}
              </p>
              {s.status === "cancelled" ? <StatusBadge status="cancelled" /> : null}
            </div>
            <SessionTitle session={s} id={`week-${s.id}`} />
            {s.recordingUrl || s.slidesUrl ? (
              <p className="flex flex-wrap gap-x-4 text-sm">
                {s.recordingUrl ? <ExternalLink href={s.recordingUrl}>Watch the recording</ExternalLink> : null}
                {s.slidesUrl ? <ExternalLink href={s.slidesUrl}>The session&apos;s slides</ExternalLink> : null}
              </p>
            ) : s.isPast && s.status !== "cancelled" ? (
              <p className="text-sm text-slate-600">The recording is not up yet.</p>
            ) : null}
            <SlotList slots={s.slots} detailed />
            {seats ? <p className="text-sm text-slate-700">{seats}</p> : null}
            {ahead ? <SessionRsvp session={sessionForRsvp(s)} compact /> : null}
          </li>
        );
      })}
    </ol>
  );
}
