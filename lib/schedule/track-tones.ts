// Each track's colour on the schedule: its place among its series' tracks (the season's order),
// so the tracks of a season never share a colour while there are no more of them than tones.
export const TRACK_TONES = 6;

export function trackTones(series: { tracks: { slug: string }[] }[]): Map<string, number> {
  const tones = new Map<string, number>();
  for (const s of series) s.tracks.forEach((track, i) => tones.set(track.slug, i % TRACK_TONES));
  return tones;
}
