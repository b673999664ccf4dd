// The tracks as chips above the schedule: one tap filters to a track (kept in the URL, so a
// filtered schedule is a link to share), "All" clears it. Plain links: no JavaScript.
import { Chip } from "@/components/ui/chip.tsx";
import type { SeriesSummaryDto } from "@/lib/schedule/list-series.ts";
import type { ScheduleFilter } from "@/lib/schedule/schemas.ts";
import { scheduleHref } from "./schedule-href.ts";

export function TrackChips({ series, filter, tones }: { series: SeriesSummaryDto[]; filter: ScheduleFilter; tones: Map<string, number> }) {
  const tracks = series.flatMap((s) => s.tracks);
  if (tracks.length === 0) return null;
  return (
    <nav aria-label="Tracks" className="track-chips">
      <Chip tone="neutral" href={scheduleHref({ ...filter, track: undefined })} current={!filter.track}>
        All tracks
      </Chip>
      {/* A track belongs to one series: choosing it drops a series filter that could exclude it. */}
      {tracks.map((track) => (
        <Chip
          key={track.slug}
          tone={tones.get(track.slug) ?? 0}
          href={scheduleHref({ ...filter, series: undefined, track: track.slug })}
          current={filter.track === track.slug}
        >
          {track.name}
        </Chip>
      ))}
    </nav>
  );
}
