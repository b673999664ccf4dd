// The latest publication of each series (or of one): where every public read of the schedule
// starts. Only the newest version's snapshot is read, never the whole history.
import "server-only";
import { getDb } from "../db/index.ts";
import type { ScheduleSnapshot } from "./snapshot.ts";

export type LatestPublication = { seriesId: string; version: number; publishedAt: Date; snapshot: ScheduleSnapshot };

export async function latestPublications(filter: { seriesSlug?: string; seriesId?: string } = {}): Promise<LatestPublication[]> {
  const rows = await getDb().$queryRaw<{ series_id: string; version: number; published_at: Date; snapshot: ScheduleSnapshot }[]>`
    SELECT DISTINCT ON (s.created_at, p.series_id) p.series_id, p.version, p.published_at, p.snapshot
    FROM publications p JOIN series s ON s.id = p.series_id
    WHERE (${filter.seriesSlug ?? null}::text IS NULL OR s.slug = ${filter.seriesSlug ?? null}::text)
      AND (${filter.seriesId ?? null}::uuid IS NULL OR s.id = ${filter.seriesId ?? null}::uuid)
    ORDER BY s.created_at, p.series_id, p.version DESC`;
  return rows.map((r) => ({ seriesId: r.series_id, version: r.version, publishedAt: r.published_at, snapshot: r.snapshot }));
}
