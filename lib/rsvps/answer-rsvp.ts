// The one place an RSVP is written: a person's answer (in person, remote, or none) to a
// session, under the session's row lock (seats.ts). Used by members for themselves and by
// organizers for anyone; both go through here so the line moves the same way.
//
// Everyone answering one session waits for the same lock, so the work done while holding it
// decides how fast a rush is served: what the confirmation email needs is read before the lock
// (mailFacts); the decision is one call to the SQL function rsvp_answer
// (prisma/sql/rsvp-answer.sql), which locks, reads and writes on the server — for a person's
// own answer, rsvp_answer_limited, which first counts it against their limit in the same call
// (decision 022); then the email is queued in the same transaction.
import "server-only";
import type { Db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";
import { hashKey, rateLimitedError, retryAfterSeconds, type Limit } from "../rate-limit/sliding-window.ts";
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
  /**
   * Counts the answer against this limit for this key first (decision 019), in the same call:
   * over the limit, nothing is written and rate_limited is thrown.
   */
  limit?: { limit: Limit; key: string };
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

type Decision = {
  limited_since?: Date | null;
  outcome:
    "rate_limited" | "not_found" | "cancelled" | "closed" | "remote_only" | "in_person_only" | "no_rsvp" | "unchanged" | "changed" | "withdrawn";
  status: "CONFIRMED" | "WAITLISTED" | null;
  mode: "IN_PERSON" | "REMOTE" | null;
  position: number | null;
  promoted: string[];
};

function refusal(outcome: Decision["outcome"], byOrganizer: boolean): AppError | null {
  switch (outcome) {
    case "not_found":
      return new AppError("not_found", "There is no such session.");
    case "cancelled":
      return new AppError("conflict", "This session is cancelled.");
    case "closed":
      return new AppError("conflict", "RSVPs closed when this session started.");
    case "remote_only":
      return new AppError("validation", "This session is remote only.", { mode: "This session is remote only." });
    case "in_person_only":
      return new AppError("validation", "This session is in person only.", { mode: "This session is in person only." });
    case "no_rsvp":
      return new AppError("not_found", byOrganizer ? "This person has no RSVP for this session." : "You have no RSVP for this session.");
    default:
      return null;
  }
}

/**
 * Applies the answer (the SQL function rsvp_answer: lock, read, write and promote in one call)
 * and returns the RSVP as it now stands (null once cancelled); queues the emails.
 */
export async function answerRsvp(tx: Tx, a: Answer, facts?: MailFacts | null): Promise<{ rsvp: RsvpDto | null; changed: boolean }> {
  const mode = a.mode === null ? null : MODE_OF[a.mode];
  const l = a.limit;
  const [d] = l
    ? await tx.$queryRaw<Decision[]>`
      SELECT outcome, status, mode, "position", promoted, limited_since
      FROM rsvp_answer_limited(${l.limit.name}::text, ${hashKey(l.limit, l.key)}::text, ${l.limit.max}::int, ${l.limit.windowMs}::int,
        ${a.sessionId}::uuid, ${a.userId}::uuid, ${mode}::"RsvpMode", ${a.byOrganizer}, ${a.now})`
    : await tx.$queryRaw<Decision[]>`
      SELECT outcome, status, mode, "position", promoted
      FROM rsvp_answer(${a.sessionId}::uuid, ${a.userId}::uuid, ${mode}::"RsvpMode", ${a.byOrganizer}, ${a.now})`;
  if (l && d.limited_since) throw rateLimitedError(l.limit, retryAfterSeconds(d.limited_since, l.limit.windowMs, a.now));
  const refused = refusal(d.outcome, a.byOrganizer);
  if (refused) throw refused;
  await tellPromoted(tx, a.sessionId, d.promoted, a.links);
  if (d.outcome === "withdrawn") return { rsvp: null, changed: true };
  const rsvp = toRsvpDto(a.sessionId, { mode: d.mode!, status: d.status! }, d.position);
  if (d.outcome === "unchanged") return { rsvp, changed: false };
  await tellAttendee(tx, a, rsvp, facts === undefined ? await mailFacts(tx, a) : facts);
  return { rsvp, changed: true };
}

async function tellAttendee(tx: Tx, a: Answer, rsvp: RsvpDto, facts: MailFacts | null) {
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
