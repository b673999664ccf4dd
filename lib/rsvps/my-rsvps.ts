// A person's own RSVPs: for /me and GET /api/v1/me/rsvps (upcoming and past), and for the RSVP
// controls on pages (rsvpsOf: the person's answers to the sessions on the page, with the remote
// link — which only people with an RSVP ever see).
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { sessionTitle } from "../publications/diff-snapshots.ts";
import { isoInZone } from "../schedule/dto.ts";
import { toRsvpDto, type RsvpDto } from "./dto.ts";
import { appNow } from "../time/clock.ts";

export type MyRsvp = RsvpDto & {
  /** The remote link when the session has one: for everyone with an RSVP, waitlisted included. */
  remoteUrl: string | null;
  checkedIn: boolean;
};

export type MyRsvpListItem = MyRsvp & {
  session: {
    id: string;
    title: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    isInPerson: boolean;
    isRemote: boolean;
    cancelled: boolean;
    /** Free in-person seats now (null when the session is not in person). */
    seatsLeft: number | null;
  };
};

const ROW = {
  sessionId: true,
  mode: true,
  status: true,
  waitlistSeq: true,
  checkedInAt: true,
  session: { select: { remoteUrl: true } },
} as const;

async function positions(sessionIds: string[], userId: string): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await getDb().$queryRaw<{ sessionId: string; position: number }[]>`
    SELECT mine.session_id AS "sessionId", count(*)::int AS position
    FROM rsvps mine JOIN rsvps ahead ON ahead.session_id = mine.session_id AND ahead.status = 'WAITLISTED' AND ahead.waitlist_seq <= mine.waitlist_seq
    WHERE mine.user_id = ${userId}::uuid AND mine.status = 'WAITLISTED' AND mine.session_id = ANY(${sessionIds}::uuid[])
    GROUP BY mine.session_id`;
  return new Map(rows.map((r) => [r.sessionId, r.position]));
}

function toMine(
  r: {
    sessionId: string;
    mode: "IN_PERSON" | "REMOTE";
    status: "CONFIRMED" | "WAITLISTED" | "CANCELLED";
    checkedInAt: Date | null;
    session: { remoteUrl: string | null };
  },
  line: Map<string, number>,
): MyRsvp {
  return { ...toRsvpDto(r.sessionId, r, line.get(r.sessionId) ?? null), remoteUrl: r.session.remoteUrl, checkedIn: r.checkedInAt !== null };
}

/** The signed-in person's RSVPs to these sessions, by session id (none for a visitor). */
export async function rsvpsOf(actor: Actor, sessionIds: string[]): Promise<Map<string, MyRsvp>> {
  if (!actor || sessionIds.length === 0) return new Map();
  const rows = await getDb().rsvp.findMany({
    where: { userId: actor.id, sessionId: { in: sessionIds }, status: { not: "CANCELLED" } },
    select: ROW,
  });
  const line = await positions(
    rows.filter((r) => r.status === "WAITLISTED").map((r) => r.sessionId),
    actor.id,
  );
  return new Map(rows.map((r) => [r.sessionId, toMine(r, line)]));
}

/** Everything the person RSVPed to and did not cancel, soonest first (past ones last, newest first). */
export async function listMyRsvps(actor: Actor, now = appNow()): Promise<{ upcoming: MyRsvpListItem[]; past: MyRsvpListItem[] }> {
  assertCan(actor, "rsvp.answer");
  const rows = await getDb().rsvp.findMany({
    where: { userId: actor.id, status: { not: "CANCELLED" }, session: { removedAt: null, status: { not: "DRAFT" } } },
    orderBy: { session: { startsAt: "asc" } },
    select: {
      ...ROW,
      session: {
        select: {
          id: true,
          remoteUrl: true,
          title: true,
          startsAt: true,
          endsAt: true,
          timeZone: true,
          isInPerson: true,
          isRemote: true,
          seats: true,
          inPersonConfirmed: true,
          status: true,
          track: { select: { slug: true, name: true } },
          series: { select: { name: true } },
          slots: { orderBy: { position: "asc" }, take: 1, select: { paper: { select: { title: true } } } },
        },
      },
    },
  });
  const line = await positions(
    rows.filter((r) => r.status === "WAITLISTED").map((r) => r.sessionId),
    actor.id,
  );
  const items = rows.map((r): MyRsvpListItem => {
    const s = r.session;
    return {
      ...toMine(r, line),
      session: {
        id: s.id,
        title: sessionTitle(s, s.series.name),
        startsAt: isoInZone(s.startsAt, s.timeZone),
        endsAt: isoInZone(s.endsAt, s.timeZone),
        timeZone: s.timeZone,
        isInPerson: s.isInPerson,
        isRemote: s.isRemote,
        cancelled: s.status === "CANCELLED",
        seatsLeft: s.isInPerson && s.seats !== null ? Math.max(0, s.seats - s.inPersonConfirmed) : null,
      },
    };
  });
  return {
    upcoming: items.filter((i) => Date.parse(i.session.endsAt) >= now.getTime()),
    past: items.filter((i) => Date.parse(i.session.endsAt) < now.getTime()).reverse(),
  };
}
