// The public history of a series' schedule: every publication, newest first, with its note and
// change log (never its snapshot). For /schedule/changes, its Atom feed and the API.
import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { optionalSlug, pageNumber } from "../validation/fields.ts";
import { parseInput } from "../validation/parse-input.ts";
import type { ScheduleChange } from "./snapshot.ts";

export const PUBLICATIONS_PER_PAGE = 20;

export const publicationsQuerySchema = z.object({ series: optionalSlug, page: pageNumber });

export type PublicationDto = {
  series: { slug: string; name: string; timeZone: string };
  version: number;
  publishedAt: string;
  note: string;
  changes: ScheduleChange[];
  publishedByName: string | null;
};

export async function listPublications(_actor: Actor, input: z.input<typeof publicationsQuerySchema> = {}) {
  const { series, page } = parseInput(publicationsQuerySchema, input);
  const db = getDb();
  const named = series ? await db.series.findUnique({ where: { slug: series }, select: { slug: true, name: true, timeZone: true } }) : null;
  if (series && !named) throw new AppError("validation", "There is no such series.", { series: "There is no such series." });
  const where = series ? { series: { slug: series } } : {};
  const [total, rows] = await Promise.all([
    db.publication.count({ where }),
    db.publication.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { version: "desc" }],
      skip: (page - 1) * PUBLICATIONS_PER_PAGE,
      take: PUBLICATIONS_PER_PAGE,
      select: {
        version: true,
        publishedAt: true,
        note: true,
        changes: true,
        series: { select: { slug: true, name: true, timeZone: true } },
        publishedBy: { select: { name: true, deletedAt: true } },
      },
    }),
  ]);
  const publications: PublicationDto[] = rows.map((r) => ({
    series: r.series,
    version: r.version,
    publishedAt: r.publishedAt.toISOString(),
    note: r.note,
    changes: r.changes as ScheduleChange[],
    publishedByName: r.publishedBy && !r.publishedBy.deletedAt ? r.publishedBy.name : null,
  }));
  return { series: named, publications, total, page, pages: Math.max(1, Math.ceil(total / PUBLICATIONS_PER_PAGE)) };
}
