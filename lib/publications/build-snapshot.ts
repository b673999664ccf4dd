// Reads the draft of a series (its sessions, readings and presenters as they stand now) into
// the shape a publication stores. Removed sessions are left out. No "server-only" guard: the
// seed (run by tsx outside Next) publishes the demo schedule with it too.
import type { Db } from "../db/client.ts";
import { ACTIVE_CLAIM_STATUSES, presenterOf } from "../schedule/dto.ts";
import { SNAPSHOT_FORMAT, type ScheduleSnapshot, type SnapshotSession } from "./snapshot.ts";

/** The app's client or one of its transactions. */
type Tx = Pick<Db, "series" | "session" | "track">;

export async function buildSnapshot(tx: Tx, seriesId: string): Promise<ScheduleSnapshot> {
  // One after another: inside a transaction the queries share one connection.
  const series = await tx.series.findUniqueOrThrow({
    where: { id: seriesId },
    select: { slug: true, name: true, description: true, timeZone: true },
  });
  const tracks = await tx.track.findMany({
    where: { season: { seriesId } },
    orderBy: [{ season: { firstDate: "asc" } }, { position: "asc" }],
    select: { slug: true, name: true, description: true, plannedWeeks: true, position: true, season: { select: { name: true } } },
  });
  const rows = await tx.session.findMany({
    where: { seriesId, removedAt: null },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      isInPerson: true,
      isRemote: true,
      venueName: true,
      venueAddress: true,
      seats: true,
      status: true,
      cancelReason: true,
      pairedSessionId: true,
      pairedWith: { select: { id: true }, where: { removedAt: null } },
      track: { select: { slug: true, name: true } },
      slots: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          durationMinutes: true,
          paper: { select: { id: true, canonicalId: true, title: true, authors: true, year: true, url: true, arxivId: true } },
          claims: {
            where: { status: { in: ACTIVE_CLAIM_STATUSES } },
            select: {
              status: true,
              inviteName: true,
              inviteAffiliation: true,
              user: { select: { name: true, affiliation: true, deletedAt: true } },
            },
          },
        },
      },
    },
  });
  const sessions: SnapshotSession[] = rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    track: row.track,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    timeZone: row.timeZone,
    isInPerson: row.isInPerson,
    isRemote: row.isRemote,
    venueName: row.isInPerson ? row.venueName : null,
    venueAddress: row.isInPerson ? row.venueAddress : null,
    seats: row.isInPerson ? row.seats : null,
    status: row.status === "CANCELLED" ? "cancelled" : "published",
    cancelReason: row.status === "CANCELLED" ? row.cancelReason : null,
    pairedSessionId: row.pairedSessionId ?? row.pairedWith[0]?.id ?? null,
    slots: row.slots.map((slot) => ({
      id: slot.id,
      position: slot.position,
      durationMinutes: slot.durationMinutes,
      paper: slot.paper,
      presenter: presenterOf(slot.claims).presenter,
    })),
  }));
  return {
    format: SNAPSHOT_FORMAT,
    series,
    tracks: tracks.map((t) => ({
      slug: t.slug,
      name: t.name,
      description: t.description,
      plannedWeeks: t.plannedWeeks,
      position: t.position,
      seasonName: t.season.name,
    })),
    sessions,
  };
}
