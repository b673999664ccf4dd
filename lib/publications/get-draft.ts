// What an organizer sees of a series' draft: its sessions as they stand, and what publishing now
// would change compared with the latest publication (the same diff publish writes).
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { buildSnapshot } from "./build-snapshot.ts";
import { diffSnapshots, sessionTitle } from "./diff-snapshots.ts";
import { seriesOfAddress } from "./schemas.ts";
import type { ScheduleChange, ScheduleSnapshot } from "./snapshot.ts";

export type DraftSessionDto = {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: "draft" | "published" | "cancelled";
  track: { slug: string; name: string } | null;
  readings: string[];
  editedByHand: boolean;
};

export type SeriesDraftDto = {
  series: { slug: string; name: string; timeZone: string; defaultWeekday: number; defaultStartTime: string; defaultDurationMinutes: number };
  latest: { version: number; publishedAt: string } | null;
  pending: ScheduleChange[];
  sessions: DraftSessionDto[];
  removed: DraftSessionDto[];
  tracks: { slug: string; name: string }[];
  seasons: { id: string; slug: string; name: string }[];
};

export async function getSeriesDraft(actor: Actor, input: { series: string }): Promise<SeriesDraftDto> {
  assertCan(actor, "schedule.edit");
  const slug = seriesOfAddress(input);
  const db = getDb();
  const series = await db.series.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      timeZone: true,
      defaultWeekday: true,
      defaultStartTime: true,
      defaultDurationMinutes: true,
      seasons: {
        orderBy: { firstDate: "desc" },
        select: { id: true, slug: true, name: true, tracks: { orderBy: { position: "asc" }, select: { slug: true, name: true } } },
      },
    },
  });
  if (!series) throw new AppError("not_found", "There is no such series.");
  const [latest, snapshot, rows] = await Promise.all([
    db.publication.findFirst({
      where: { seriesId: series.id },
      orderBy: { version: "desc" },
      select: { version: true, publishedAt: true, snapshot: true },
    }),
    buildSnapshot(db, series.id),
    db.session.findMany({
      where: { seriesId: series.id },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        status: true,
        removedAt: true,
        editedByHandAt: true,
        track: { select: { slug: true, name: true } },
        slots: { orderBy: { position: "asc" }, select: { paper: { select: { title: true } } } },
      },
    }),
  ]);
  const toDto = (r: (typeof rows)[number]): DraftSessionDto => ({
    id: r.id,
    title: sessionTitle(r, series.name),
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    timeZone: r.timeZone,
    status: r.status === "CANCELLED" ? "cancelled" : r.status === "DRAFT" ? "draft" : "published",
    track: r.track,
    readings: r.slots.map((s) => s.paper.title),
    editedByHand: r.editedByHandAt !== null,
  });
  return {
    series: {
      slug: series.slug,
      name: series.name,
      timeZone: series.timeZone,
      defaultWeekday: series.defaultWeekday,
      defaultStartTime: series.defaultStartTime,
      defaultDurationMinutes: series.defaultDurationMinutes,
    },
    latest: latest ? { version: latest.version, publishedAt: latest.publishedAt.toISOString() } : null,
    pending: diffSnapshots((latest?.snapshot ?? null) as ScheduleSnapshot | null, snapshot),
    sessions: rows.filter((r) => !r.removedAt).map(toDto),
    removed: rows.filter((r) => r.removedAt).map(toDto),
    tracks: series.seasons.flatMap((s) => s.tracks),
    seasons: series.seasons.map((s) => ({ id: s.id, slug: s.slug, name: s.name })),
  };
}
