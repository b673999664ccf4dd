// The series and the tracks of their seasons, for filters and the home page.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { getDb } from "../db/index.ts";

export type SeriesSummaryDto = {
  slug: string;
  name: string;
  description: string;
  timeZone: string;
  tracks: { slug: string; name: string }[];
};

export async function listSeries(_actor: Actor): Promise<SeriesSummaryDto[]> {
  const series = await getDb().series.findMany({
    orderBy: { createdAt: "asc" },
    include: {
      seasons: {
        orderBy: { firstDate: "desc" },
        include: { tracks: { orderBy: { position: "asc" }, select: { slug: true, name: true } } },
      },
    },
  });
  return series.map((s) => ({
    slug: s.slug,
    name: s.name,
    description: s.description,
    timeZone: s.timeZone,
    tracks: s.seasons.flatMap((season) => season.tracks),
  }));
}
