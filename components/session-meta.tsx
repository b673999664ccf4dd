import Link from "@/components/ui/link.tsx";
import type { SessionDto } from "@/lib/schedule/dto.ts";
import { Badge } from "./ui/badge.tsx";

export function SessionModeBadges({ session }: { session: SessionDto }) {
  return (
    <span className="flex flex-wrap gap-1.5">
      {session.status === "cancelled" ? <Badge tone="red">Cancelled</Badge> : null}
      {session.isInPerson ? <Badge tone="brand">In person · SF</Badge> : null}
      {session.isRemote ? <Badge>Remote · Zoom</Badge> : null}
      {session.recordingUrl ? <Badge tone="green">Recording</Badge> : null}
    </span>
  );
}

export function seatsLabel(session: SessionDto): string | null {
  if (!session.isInPerson || session.seats === null || session.isPast || session.status === "cancelled") return null;
  const seats = `${session.seats} ${session.seats === 1 ? "seat" : "seats"}`;
  if (session.seatsLeft === 0) return `In person: full (${seats}) — waitlist open`;
  return `${session.seatsLeft} of ${seats} left in SF`;
}

/** "Series · Track", the track linked to its page: on the session cards and the schedule's lines. */
export function SeriesAndTrack({ session }: { session: Pick<SessionDto, "series" | "track"> }) {
  return (
    <>
      {session.series.name}
      {session.track ? (
        <>
          {" · "}
          <Link href={`/tracks/${session.track.slug}`} className="text-brand-700 underline underline-offset-2">
            {session.track.name}
          </Link>
        </>
      ) : null}
    </>
  );
}

/** A session's title as a heading that links to its page (cards, the track curriculum). */
export function SessionTitle({ session, level = 3, id }: { session: Pick<SessionDto, "id" | "title">; level?: 2 | 3 | 4; id: string }) {
  const Heading = `h${level}` as const;
  return (
    <Heading id={id} className="text-lg leading-snug font-semibold">
      <Link href={`/sessions/${session.id}`} className="text-slate-900 underline-offset-2 hover:text-brand-700 hover:underline">
        {session.title}
      </Link>
    </Heading>
  );
}
