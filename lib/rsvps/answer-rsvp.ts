// An organizer's answer for someone (in person, remote, or none) to a session, under the
// session's row lock (seats.ts), in the organizer's transaction: the SQL function rsvp_answer
// (prisma/sql/rsvp-answer.sql) locks, reads and writes on the server, then the emails are
// queued in the same transaction. A person's own answer is one statement instead (own-answer.ts,
// decision 029); both decide in rsvp_answer, so the line moves the same way. The emails' parts
// (mailFacts, tellAttendee) and the refusals are shared with it and with the job that composes
// a member's emails (rsvp-notice.ts).
import "server-only";
import type { Db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { refusal, type Decision } from "./refusals.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { rsvpReceivedMail } from "../mail/templates/rsvp-received.ts";
import { MODE_OF, toRsvpDto, type RsvpDto } from "./dto.ts";
import { sessionTitle } from "../publications/diff-snapshots.ts";
import { baseUrl, tellPromoted, type Links } from "./seats.ts";

type Tx = Prisma.TransactionClient;

/** Long enough for the 300th person of a rush to wait for the lock and a pool connection. */
export const RSVP_TRANSACTION = { maxWait: 30_000, timeout: 30_000 } as const;

export type Answer = {
  sessionId: string;
  userId: string;
  /** The new answer; null cancels. */
  mode: RsvpDto["mode"] | null;
  /** Organizers may answer for others after the start and whatever the session's state. */
  byOrganizer: boolean;
  now: Date;
  links: Links;
};

type MailFacts = {
  email: string | null;
  session: { displayTitle: string; startsAt: Date; timeZone: string; venueName: string | null; remoteUrl: string | null };
  site: string;
};

/** What the email about an answer needs, in one query before the lock (null: no such session). */
export async function mailFacts(db: Pick<Db, "$queryRaw">, a: Pick<Answer, "sessionId" | "userId" | "links">): Promise<MailFacts | null> {
  const [row] = await db.$queryRaw<
    {
      title: string | null;
      trackName: string | null;
      paperTitle: string | null;
      seriesName: string;
      startsAt: Date;
      timeZone: string;
      venueName: string | null;
      remoteUrl: string | null;
      email: string | null;
    }[]
  >`
    SELECT s.title, t.name AS "trackName", se.name AS "seriesName", s.starts_at AS "startsAt", s.time_zone AS "timeZone",
      s.venue_name AS "venueName", s.remote_url AS "remoteUrl", u.email,
      (SELECT p.title FROM slots sl JOIN papers p ON p.id = sl.paper_id WHERE sl.session_id = s.id ORDER BY sl.position LIMIT 1) AS "paperTitle"
    FROM sessions s JOIN series se ON se.id = s.series_id LEFT JOIN tracks t ON t.id = s.track_id
      LEFT JOIN users u ON u.id = ${a.userId}::uuid
    WHERE s.id = ${a.sessionId}::uuid`;
  if (!row) return null;
  const displayTitle = sessionTitle(
    {
      title: row.title,
      track: row.trackName ? { slug: "", name: row.trackName } : null,
      slots: row.paperTitle ? [{ paper: { title: row.paperTitle } }] : [],
    },
    row.seriesName,
  );
  return {
    email: row.email,
    session: { displayTitle, startsAt: row.startsAt, timeZone: row.timeZone, venueName: row.venueName, remoteUrl: row.remoteUrl },
    site: await baseUrl(a.links),
  };
}

/**
 * Applies the answer (the SQL function rsvp_answer: lock, read, write and promote in one call)
 * and returns the RSVP as it now stands (null once cancelled); queues the emails.
 */
export async function answerRsvp(tx: Tx, a: Answer, facts?: MailFacts | null): Promise<{ rsvp: RsvpDto | null; changed: boolean }> {
  const mode = a.mode === null ? null : MODE_OF[a.mode];
  const [d] = await tx.$queryRaw<Decision[]>`
    SELECT outcome, status, mode, "position", promoted
    FROM rsvp_answer(${a.sessionId}::uuid, ${a.userId}::uuid, ${mode}::"RsvpMode", ${a.byOrganizer}, ${a.now})`;
  const refused = refusal(d.outcome, a.byOrganizer);
  if (refused) throw refused;
  await tellPromoted(tx, a.sessionId, d.promoted, a.links);
  if (d.outcome === "withdrawn") return { rsvp: null, changed: true };
  const rsvp = toRsvpDto(a.sessionId, { mode: d.mode!, status: d.status! }, d.position);
  if (d.outcome === "unchanged") return { rsvp, changed: false };
  await tellAttendee(tx, a, rsvp, facts === undefined ? await mailFacts(tx, a) : facts);
  return { rsvp, changed: true };
}

/** Queues "RSVP received" (confirmed or waitlisted, with the place in line) for the attendee. */
export async function tellAttendee(tx: Tx, a: Pick<Answer, "sessionId">, rsvp: RsvpDto, facts: MailFacts | null) {
  if (!facts?.email) return;
  const s = facts.session;
  await enqueueMail(
    tx,
    rsvpReceivedMail({
      to: facts.email,
      sessionTitle: s.displayTitle,
      startsAt: s.startsAt,
      timeZone: s.timeZone,
      status: rsvp.status,
      mode: rsvp.mode,
      position: rsvp.position ?? null,
      venueName: s.venueName,
      remoteUrl: s.remoteUrl,
      sessionUrl: `${facts.site}/sessions/${a.sessionId}`,
    }),
  );
}
