// The seats of a session, under its row lock. Every change that can take or free an in-person
// seat (an RSVP, a change of mode, a cancellation, an account deletion, a new seat count) runs
// lockSession() first, in its transaction: changes to one session then happen one at a time, so
// the seat count read here is the truth until commit, and waitlist numbers are handed out in the
// order the lock was granted — first come, first served. The CHECK on sessions.in_person_confirmed
// (kept by a trigger) stays the last word: whatever code writes an RSVP cannot oversell.
import "server-only";
import type { Db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { seatAvailableMail } from "../mail/templates/seat-available.ts";
import { currentSiteOrigin } from "../http/site-origin.ts";
import { sessionTitle } from "../publications/diff-snapshots.ts";

/** The site's base URL for links in emails; read from the request when not given (workers pass it). */
export type Links = { siteUrl?: string };

export async function baseUrl(links: Links): Promise<string> {
  return links.siteUrl ?? (await currentSiteOrigin());
}

type Tx = Prisma.TransactionClient;

export type LockedSession = {
  id: string;
  seriesId: string;
  status: "DRAFT" | "PUBLISHED" | "CANCELLED";
  removedAt: Date | null;
  startsAt: Date;
  timeZone: string;
  isInPerson: boolean;
  isRemote: boolean;
  seats: number | null;
  inPersonConfirmed: number;
};

/** Locks the session's row to the end of the transaction; null when there is no such session. */
export async function lockSession(tx: Tx, sessionId: string): Promise<LockedSession | null> {
  const rows = await tx.$queryRaw<LockedSession[]>`
    SELECT id, series_id AS "seriesId", status::text AS status, removed_at AS "removedAt", starts_at AS "startsAt",
           time_zone AS "timeZone", is_in_person AS "isInPerson", is_remote AS "isRemote", seats,
           in_person_confirmed AS "inPersonConfirmed"
    FROM sessions WHERE id = ${sessionId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** What emails about a session say: its title as the schedule shows it, when and where. */
export async function sessionForMail(tx: Pick<Db, "session">, sessionId: string) {
  const s = await tx.session.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      isInPerson: true,
      seats: true,
      inPersonConfirmed: true,
      startsAt: true,
      timeZone: true,
      title: true,
      venueName: true,
      remoteUrl: true,
      track: { select: { slug: true, name: true } },
      series: { select: { name: true } },
      slots: { orderBy: { position: "asc" }, take: 1, select: { paper: { select: { title: true } } } },
    },
  });
  return { ...s, displayTitle: sessionTitle(s, s.series.name) };
}

/**
 * Gives every free seat to the first people in line, in order (the SQL function rsvp_promote),
 * and queues each an email. Call after lockSession() and after the change that freed seats, in
 * the same transaction. A promoted RSVP keeps its number in line, so the order of promotions
 * can be checked afterwards.
 */
export async function promoteWaitlist(tx: Tx, sessionId: string, links: Links): Promise<string[]> {
  const [{ promoted }] = await tx.$queryRaw<{ promoted: string[] }[]>`SELECT rsvp_promote(${sessionId}::uuid) AS promoted`;
  await tellPromoted(tx, sessionId, promoted, links);
  return promoted;
}

/** Queues "You have a seat" for each person promoted in this transaction. */
export async function tellPromoted(tx: Tx, sessionId: string, promoted: string[], links: Links): Promise<void> {
  if (promoted.length === 0) return;
  const people = await tx.user.findMany({ where: { id: { in: promoted }, email: { not: null } }, select: { email: true } });
  if (people.length === 0) return;
  const session = await sessionForMail(tx, sessionId);
  const site = await baseUrl(links);
  for (const person of people) {
    await enqueueMail(
      tx,
      seatAvailableMail({
        to: person.email!,
        sessionTitle: session.displayTitle,
        startsAt: session.startsAt,
        timeZone: session.timeZone,
        venueName: session.venueName,
        sessionUrl: `${site}/sessions/${sessionId}`,
      }),
    );
  }
}
