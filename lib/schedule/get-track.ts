// A track with its published sessions in order: the "catch up on this track" page. A track
// that no publication holds yet is a 404.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { latestPublications } from "../publications/latest-publications.ts";
import type { SessionDto } from "./dto.ts";
import { publishedSessionsOf, toPublishedDtos } from "./published-sessions.ts";
import { slugSchema } from "./schemas.ts";
import { trackLeadNames } from "../tracks/track-leads.ts";

export type TrackDto = {
  slug: string;
  name: string;
  description: string;
  plannedWeeks: number;
  season: { name: string; series: { slug: string; name: string } };
  sessions: SessionDto[];
  /** The people who run it (their names; issue 20). */
  leads: string[];
};

export async function getTrack(_actor: Actor, input: { slug: string }): Promise<TrackDto> {
  const slug = slugSchema.safeParse(input.slug);
  if (!slug.success) throw new AppError("not_found", "There is no such track.");
  const row = await getDb().track.findUnique({ where: { slug: slug.data }, select: { id: true, season: { select: { seriesId: true } } } });
  const [publication] = row ? await latestPublications({ seriesId: row.season.seriesId }) : [];
  const track = publication?.snapshot.tracks.find((t) => t.slug === slug.data);
  if (!publication || !track) throw new AppError("not_found", "There is no such track.");
  const { series } = publication.snapshot;
  const items = publishedSessionsOf([publication.snapshot]).filter(({ session }) => session.track?.slug === track.slug);
  return {
    slug: track.slug,
    name: track.name,
    description: track.description,
    plannedWeeks: track.plannedWeeks,
    season: { name: track.seasonName, series: { slug: series.slug, name: series.name } },
    sessions: await toPublishedDtos(items),
    leads: row ? await trackLeadNames(row.id) : [],
  };
}
