// The published schedule of a series as schedule.json (public, like the pages it mirrors).
import "server-only";
import { AppError } from "../errors.ts";
import { latestPublications } from "../publications/latest-publications.ts";
import { listSchedule } from "../schedule/list-schedule.ts";
import { slugSchema } from "../schedule/schemas.ts";
import { formatScheduleJson } from "./format-schedule-json.ts";

export async function exportScheduleJson(input: { slug: string }, siteUrl: string) {
  const slug = slugSchema.safeParse(input.slug);
  if (!slug.success) throw new AppError("not_found", "There is no such series.");
  const [publication] = await latestPublications({ seriesSlug: slug.data });
  if (!publication) throw new AppError("not_found", "There is no such series.");
  const sessions = await listSchedule(null, { series: slug.data });
  return formatScheduleJson({ series: publication.snapshot.series, version: publication.version, siteUrl, sessions });
}
