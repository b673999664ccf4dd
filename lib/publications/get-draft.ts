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
  /** Its papers by the state of their speaker: approved, claimed or invited and waiting, open. */
  speakers: { confirmed: number; pending: number; needed: number };
  /** In-person seats taken and in all; null when it is not held in person or has no limit. */
  seats: { taken: number; total: number } | null;
  isRemote: boolean;
  /** Publishing now would change it (added, moved, edited, cancelled…): the public schedule does not show this yet. */
  unpublished: boolean;
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
        isInPerson: true,
        isRemote: true,
        seats: true,
        inPersonConfirmed: true,
        slots: {
          orderBy: { position: "asc" },
          select: {
            paper: { select: { title: true } },
            claims: { where: { status: { in: ["APPROVED", "PENDING", "INVITED"] } }, select: { status: true } },
          },
        },
      },
    }),
  ]);
  const pending = diffSnapshots((latest?.snapshot ?? null) as ScheduleSnapshot | null, snapshot);
  const changed = new Set(pending.map((c) => c.sessionId));
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
    speakers: {
      confirmed: r.slots.filter((s) => s.claims.some((c) => c.status === "APPROVED")).length,
      pending: r.slots.filter((s) => s.claims.length > 0 && !s.claims.some((c) => c.status === "APPROVED")).length,
      needed: r.slots.filter((s) => s.claims.length === 0).length,
    },
    seats: r.isInPerson && r.seats !== null ? { taken: r.inPersonConfirmed, total: r.seats } : null,
    isRemote: r.isRemote,
    unpublished: changed.has(r.id),
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
    pending,
    sessions: rows.filter((r) => !r.removedAt).map(toDto),
    removed: rows.filter((r) => r.removedAt).map(toDto),
    tracks: series.seasons.flatMap((s) => s.tracks),
    seasons: series.seasons.map((s) => ({ id: s.id, slug: s.slug, name: s.name })),
  };
}
