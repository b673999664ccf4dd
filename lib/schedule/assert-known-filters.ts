// A filter that names a series or track that does not exist is a mistake, not an empty
// result: 422 with the field named, so the schedule page, "Needs a speaker", the suggestions
// board and the JSON API all answer it the same way.
import "server-only";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";

export type SlugFilters = { series?: string; track?: string };

export async function assertKnownFilters(filter: SlugFilters): Promise<void> {
  const db = getDb();
  const [series, track] = await Promise.all([
    filter.series ? db.series.findUnique({ where: { slug: filter.series }, select: { id: true } }) : true,
    filter.track ? db.track.findUnique({ where: { slug: filter.track }, select: { id: true } }) : true,
  ]);
  const fields: Record<string, string> = {};
  if (!series) fields.series = `No series named "${filter.series}".`;
  if (!track) fields.track = `No track named "${filter.track}".`;
  if (Object.keys(fields).length > 0) throw new AppError("validation", "That filter is not valid.", fields);
}
