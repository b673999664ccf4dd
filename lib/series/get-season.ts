// What the season page reads: the season's editable fields as its form shows them, its series, and its tracks in order.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { dayKey } from "../time/format.ts";
import { parseInput } from "../validation/parse-input.ts";
import { seasonRef } from "./schemas.ts";

/** The values of the season form: dates "YYYY-MM-DD", the dates to skip one per line. */
export type SeasonFormValues = {
  name: string;
  firstDate: string;
  lastDate: string;
  weekday: number;
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  skipDates: string;
};

export type SeasonTrackDto = {
  slug: string;
  name: string;
  description: string;
  plannedWeeks: number;
  position: number;
  /** Its sessions still in the draft. */
  sessionCount: number;
};

export type SeasonDto = {
  id: string;
  slug: string;
  series: { slug: string; name: string };
  values: SeasonFormValues;
  tracks: SeasonTrackDto[];
};

export async function getSeason(actor: Actor, input: { seasonId: string }): Promise<SeasonDto> {
  assertCan(actor, "schedule.edit");
  const { seasonId } = parseInput(seasonRef, input);
  const season = await getDb().season.findUnique({
    where: { id: seasonId },
    select: {
      id: true,
      slug: true,
      name: true,
      firstDate: true,
      lastDate: true,
      weekday: true,
      startTime: true,
      durationMinutes: true,
      timeZone: true,
      skipDates: true,
      series: { select: { slug: true, name: true } },
      tracks: {
        orderBy: { position: "asc" },
        select: {
          slug: true,
          name: true,
          description: true,
          plannedWeeks: true,
          position: true,
          _count: { select: { sessions: { where: { removedAt: null } } } },
        },
      },
    },
  });
  if (!season) throw new AppError("not_found", "There is no such season.");
  return {
    id: season.id,
    slug: season.slug,
    series: season.series,
    values: {
      name: season.name,
      firstDate: dayKey(season.firstDate, "UTC"),
      lastDate: dayKey(season.lastDate, "UTC"),
      weekday: season.weekday,
      startTime: season.startTime,
      durationMinutes: season.durationMinutes,
      timeZone: season.timeZone,
      skipDates: season.skipDates
        .map((d) => dayKey(d, "UTC"))
        .sort()
        .join("\n"),
    },
    tracks: season.tracks.map(({ _count, ...t }) => ({ ...t, sessionCount: _count.sessions })),
  };
}
