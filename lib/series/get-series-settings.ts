// What the series settings page reads: the series' editable fields as its form shows them, and its seasons.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { dayKey } from "../time/format.ts";
import { seriesOfAddress } from "../publications/schemas.ts";
import { SERIES_DEFAULTS_SELECT } from "./series-defaults.ts";

/** The values of the series settings form (see seriesFields in schemas.ts). */
export type SeriesSettingsValues = {
  name: string;
  description: string;
  timeZone: string;
  defaultWeekday: number;
  defaultStartTime: string;
  defaultDurationMinutes: number;
  defaultInPerson: boolean;
  defaultRemote: boolean;
  venueName: string;
  venueAddress: string;
  seats: number | null;
  remoteUrl: string;
  claimApprovalRequired: boolean;
};

export type SeasonSummaryDto = {
  id: string;
  slug: string;
  name: string;
  /** "YYYY-MM-DD" */
  firstDate: string;
  /** "YYYY-MM-DD" */
  lastDate: string;
  trackCount: number;
};

export type SeriesSettingsDto = {
  slug: string;
  values: SeriesSettingsValues;
  seasons: SeasonSummaryDto[];
};

export async function getSeriesSettings(actor: Actor, input: { series: string }): Promise<SeriesSettingsDto> {
  assertCan(actor, "schedule.edit");
  const slug = seriesOfAddress(input);
  const series = await getDb().series.findUnique({
    where: { slug },
    select: {
      name: true,
      description: true,
      ...SERIES_DEFAULTS_SELECT,
      claimApprovalRequired: true,
      seasons: {
        orderBy: { firstDate: "desc" },
        select: { id: true, slug: true, name: true, firstDate: true, lastDate: true, _count: { select: { tracks: true } } },
      },
    },
  });
  if (!series) throw new AppError("not_found", "There is no such series.");
  const { seasons, venueName, venueAddress, remoteUrl, ...values } = series;
  return {
    slug,
    values: { ...values, venueName: venueName ?? "", venueAddress: venueAddress ?? "", remoteUrl: remoteUrl ?? "" },
    seasons: seasons.map((s) => ({
      id: s.id,
      slug: s.slug,
      name: s.name,
      firstDate: dayKey(s.firstDate, "UTC"),
      lastDate: dayKey(s.lastDate, "UTC"),
      trackCount: s._count.tracks,
    })),
  };
}
