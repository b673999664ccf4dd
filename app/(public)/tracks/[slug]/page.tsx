import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { SubscribeLinks } from "@/components/calendar-links.tsx";
import { TrackCurriculum } from "@/components/track-curriculum.tsx";
import { ExternalLink } from "@/components/ui/external-link.tsx";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { currentSiteOrigin } from "@/lib/http/site-origin.ts";
import { getTrack } from "@/lib/schedule/get-track.ts";
import { formatDay } from "@/lib/time/format.ts";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const track = await orNotFound(getTrack(null, { slug }));
  return { title: track.name, description: track.description };
}

export default async function TrackPage({ params }: Props) {
  const { slug } = await params;
  const track = await orNotFound(getTrack(null, { slug }));
  const recordings = track.sessions.filter((s) => s.recordingUrl);
  const paperCount = track.sessions.reduce((n, s) => n + s.slots.length, 0);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          <Link href={`/schedule?series=${track.season.series.slug}`} className="text-brand-700 hover:underline">
            {track.season.name}
          </Link>{" "}
          · Track
        </p>
        <h1 className="page-title">{track.name}</h1>
        {track.description ? <p className="max-w-2xl text-slate-700">{track.description}</p> : null}
        {track.leads.length > 0 ? (
          <p className="text-sm text-slate-700" data-testid="track-leads">
            Run by <span className="font-semibold text-slate-900">{track.leads.join(", ")}</span>
          </p>
        ) : null}
        <p className="text-sm text-slate-700">
          {[
            `${track.sessions.length} ${track.sessions.length === 1 ? "week" : "weeks"}`,
            `${paperCount} ${paperCount === 1 ? "paper" : "papers"}`,
            recordings.length > 0 ? `${recordings.length} ${recordings.length === 1 ? "recording" : "recordings"} to catch up on` : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <SubscribeLinks feedUrl={`${await currentSiteOrigin()}/calendar/tracks/${track.slug}.ics`} label="this track" />
      </header>

      {recordings.length > 0 ? (
        <section aria-labelledby="catch-up" data-tone="success" className="alert space-y-3 rounded-card p-5 text-base">
          <h2 id="catch-up" className="text-xl font-bold text-emerald-950">
            Catch up on this track
          </h2>
          <ol className="space-y-2">
            {recordings.map((s) => (
              <li key={s.id} className="flex flex-wrap items-baseline gap-x-3">
                <span className="text-sm font-medium text-emerald-950">{formatDay(s.startsAt, s.timeZone)}</span>
                <ExternalLink href={s.recordingUrl!}>Recording: {s.title}</ExternalLink>
                {s.slidesUrl ? <ExternalLink href={s.slidesUrl}>Slides</ExternalLink> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-xl font-bold">
          Sessions and papers, in order
        </h2>
        <p className="text-sm text-slate-700">Week by week: each paper with its presenter and slides, and the recording once the session is over.</p>
        {track.sessions.length === 0 ? (
          <p className="text-slate-700">No sessions have been published for this track yet.</p>
        ) : (
          <TrackCurriculum sessions={track.sessions} />
        )}
      </section>
    </div>
  );
}
