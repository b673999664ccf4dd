// A track with its published sessions in order: the "catch up on this track" page.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { toSessionDto, type SessionDto } from "./dto.ts";
import { slugSchema } from "./schemas.ts";
import { PUBLIC_STATUSES, sessionInclude } from "./session-query.ts";

export type TrackDto = {
  slug: string;
  name: string;
  description: string;
  plannedWeeks: number;
  season: { name: string; series: { slug: string; name: string } };
  sessions: SessionDto[];
};

export async function getTrack(_actor: Actor, input: { slug: string }): Promise<TrackDto> {
  const slug = slugSchema.safeParse(input.slug);
  if (!slug.success) throw new AppError("not_found", "There is no such track.");
  const track = await getDb().track.findUnique({
    where: { slug: slug.data },
    include: {
      season: { select: { name: true, series: { select: { slug: true, name: true } } } },
      sessions: {
        where: { status: { in: [...PUBLIC_STATUSES] } },
        orderBy: { startsAt: "asc" },
        include: sessionInclude,
      },
    },
  });
  if (!track) throw new AppError("not_found", "There is no such track.");
  const now = new Date();
  return {
    slug: track.slug,
    name: track.name,
    description: track.description,
    plannedWeeks: track.plannedWeeks,
    season: track.season,
    sessions: track.sessions.map((row) => toSessionDto(row, now)),
  };
}
