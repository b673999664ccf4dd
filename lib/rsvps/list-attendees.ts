// Who comes to a session, for organizers: confirmed in person (with check-ins), the waitlist in
// order, remote; counts; and each person's no-shows over the season (past sessions of the same
// season — or series, for sessions outside a season — where they held a seat and were not
// checked in). A fixed number of queries whatever the number of RSVPs.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { sessionTitle } from "../publications/diff-snapshots.ts";
import { isoInZone } from "../schedule/dto.ts";
import { parseInput } from "../validation/parse-input.ts";
import { sessionRefSchema } from "./schemas.ts";
import { appNow } from "../time/clock.ts";

export type AttendeeDto = {
  userId: string;
  name: string;
  email: string | null;
  mode: "in_person" | "remote";
  status: "confirmed" | "waitlisted";
  position: number | null;
  checkedInAt: string | null;
  rsvpAt: string;
  noShows: number;
};

export type AttendeeList = {
  session: {
    id: string;
    title: string;
    startsAt: string;
    timeZone: string;
    isInPerson: boolean;
    isRemote: boolean;
    seats: number | null;
    cancelled: boolean;
    seriesSlug: string;
  };
  counts: { confirmed: number; waitlisted: number; remote: number; checkedIn: number };
  /** Confirmed in person, then the waitlist in order, then remote; by name within a list. */
  attendees: AttendeeDto[];
};

export async function listAttendees(actor: Actor, input: { sessionId: string }, now = appNow()): Promise<AttendeeList> {
  const db = getDb();
  assertCan(actor, "rsvp.manage");
  const { sessionId } = parseInput(sessionRefSchema, input);
  const session = await db.session.findFirst({
    where: { id: sessionId, removedAt: null },
    select: {
      id: true,
      title: true,
      startsAt: true,
      timeZone: true,
      isInPerson: true,
      isRemote: true,
      seats: true,
      status: true,
      seasonId: true,
      seriesId: true,
      track: { select: { slug: true, name: true } },
      series: { select: { name: true, slug: true } },
      slots: { orderBy: { position: "asc" }, take: 1, select: { paper: { select: { title: true } } } },
    },
  });
  if (!session) throw new AppError("not_found", "There is no such session.");
  const rows = await db.rsvp.findMany({
    where: { sessionId, status: { not: "CANCELLED" } },
    orderBy: [{ waitlistSeq: "asc" }, { createdAt: "asc" }],
    select: {
      userId: true,
      mode: true,
      status: true,
      checkedInAt: true,
      createdAt: true,
      user: { select: { name: true, email: true, deletedAt: true } },
    },
  });
  const userIds = rows.map((r) => r.userId);
  const noShows = new Map(
    (
      await db.$queryRaw<{ userId: string; n: number }[]>`
        SELECT r.user_id AS "userId", count(*)::int AS n
        FROM rsvps r JOIN sessions s ON s.id = r.session_id
        WHERE r.user_id = ANY(${userIds}::uuid[]) AND r.mode = 'IN_PERSON' AND r.status = 'CONFIRMED' AND r.checked_in_at IS NULL
          AND s.ends_at < ${now} AND s.status = 'PUBLISHED' AND s.removed_at IS NULL
          AND (s.season_id = ${session.seasonId}::uuid OR (${session.seasonId}::uuid IS NULL AND s.series_id = ${session.seriesId}::uuid))
        GROUP BY r.user_id`
    ).map((r) => [r.userId, r.n]),
  );
  const zone = session.timeZone;
  let place = 0;
  const attendees = rows.map((r): AttendeeDto => {
    const waitlisted = r.status === "WAITLISTED";
    return {
      userId: r.userId,
      name: (r.user.deletedAt ? null : r.user.name) ?? r.user.email ?? "A former member",
      email: r.user.email,
      mode: r.mode === "IN_PERSON" ? "in_person" : "remote",
      status: waitlisted ? "waitlisted" : "confirmed",
      position: waitlisted ? ++place : null,
      checkedInAt: r.checkedInAt ? isoInZone(r.checkedInAt, zone) : null,
      rsvpAt: isoInZone(r.createdAt, zone),
      noShows: noShows.get(r.userId) ?? 0,
    };
  });
  const group = (a: AttendeeDto) => (a.status === "waitlisted" ? 1 : a.mode === "in_person" ? 0 : 2);
  attendees.sort((a, b) => group(a) - group(b) || (a.position ?? 0) - (b.position ?? 0) || a.name.localeCompare(b.name));
  const count = (g: number) => attendees.filter((a) => group(a) === g).length;
  return {
    session: {
      id: session.id,
      title: sessionTitle(session, session.series.name),
      startsAt: isoInZone(session.startsAt, zone),
      timeZone: zone,
      isInPerson: session.isInPerson,
      isRemote: session.isRemote,
      seats: session.seats,
      cancelled: session.status === "CANCELLED",
      seriesSlug: session.series.slug,
    },
    counts: { confirmed: count(0), waitlisted: count(1), remote: count(2), checkedIn: attendees.filter((a) => a.checkedInAt).length },
    attendees,
  };
}
