// The one place an RSVP is written: a person's answer (in person, remote, or none) to a
// session, under the session's row lock (seats.ts). Used by members for themselves and by
// organizers for anyone; both go through here so the line moves the same way.
//
// Everyone answering one session waits for the same lock, so the work done while holding it
// decides how fast a rush is served: what the confirmation email needs is read before the lock
// (mailFacts), and under it are four statements — lock, read, write, queue the email.
import "server-only";
import type { Db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { rsvpReceivedMail } from "../mail/templates/rsvp-received.ts";
import { MODE_OF, toRsvpDto, type RsvpDto } from "./dto.ts";
import { baseUrl, freeSeats, lockSession, positionInLine, promoteWaitlist, sessionForMail, type Links } from "./seats.ts";

type Tx = Prisma.TransactionClient;
type Reader = Pick<Db, "session" | "user">;

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

type MailFacts = { email: string | null; session: Awaited<ReturnType<typeof sessionForMail>>; site: string };

/** What the email about an answer needs, read before the lock (null: no such session). */
export async function mailFacts(db: Reader, a: Pick<Answer, "sessionId" | "userId" | "links">): Promise<MailFacts | null> {
  const session = await sessionForMail(db, a.sessionId).catch(() => null);
  if (!session) return null;
  const person = await db.user.findUnique({ where: { id: a.userId }, select: { email: true } });
  return { email: person?.email ?? null, session, site: await baseUrl(a.links) };
}

const NO_SESSION = "There is no such session.";

async function openSession(tx: Tx, a: Answer) {
  const session = await lockSession(tx, a.sessionId);
  if (!session || session.removedAt || session.status === "DRAFT") throw new AppError("not_found", NO_SESSION);
  if (!a.byOrganizer) {
    if (session.status === "CANCELLED") throw new AppError("conflict", "This session is cancelled.");
    if (session.startsAt <= a.now) throw new AppError("conflict", "RSVPs closed when this session started.");
  }
  if (a.mode === "in_person" && !session.isInPerson)
    throw new AppError("validation", "This session is remote only.", { mode: "This session is remote only." });
  if (a.mode === "remote" && !session.isRemote)
    throw new AppError("validation", "This session is in person only.", { mode: "This session is in person only." });
  return session;
}

/** The person's RSVP and the length of the line, read after the lock (a fresh snapshot). */
async function currentAnswer(tx: Tx, a: Answer) {
  const [row] = await tx.$queryRaw<
    {
      id: string | null;
      mode: "IN_PERSON" | "REMOTE" | null;
      status: "CONFIRMED" | "WAITLISTED" | "CANCELLED" | null;
      waitlistSeq: bigint | null;
      line: number;
    }[]
  >`
    SELECT r.id, r.mode::text AS mode, r.status::text AS status, r.waitlist_seq AS "waitlistSeq",
      (SELECT count(*)::int FROM rsvps w WHERE w.session_id = ${a.sessionId}::uuid AND w.status = 'WAITLISTED') AS line
    FROM (SELECT 1) one LEFT JOIN rsvps r ON r.session_id = ${a.sessionId}::uuid AND r.user_id = ${a.userId}::uuid`;
  const rsvp = row.id ? { id: row.id, mode: row.mode!, status: row.status!, waitlistSeq: row.waitlistSeq } : null;
  return { rsvp, line: row.line };
}

/** Applies the answer and returns the RSVP as it now stands (null once cancelled). */
export async function answerRsvp(tx: Tx, a: Answer, facts?: MailFacts | null): Promise<{ rsvp: RsvpDto | null; changed: boolean }> {
  const session = await openSession(tx, a);
  const { rsvp: current, line } = await currentAnswer(tx, a);
  const active = current && current.status !== "CANCELLED" ? current : null;
  const heldSeat = active?.mode === "IN_PERSON" && active.status === "CONFIRMED";

  if (a.mode === null) {
    if (!active) throw new AppError("not_found", a.byOrganizer ? "This person has no RSVP for this session." : "You have no RSVP for this session.");
    await tx.rsvp.update({ where: { id: active.id }, data: { status: "CANCELLED", cancelledAt: a.now, waitlistSeq: null }, select: { id: true } });
    if (heldSeat) await promoteWaitlist(tx, a.sessionId, a.links);
    return { rsvp: null, changed: true };
  }

  // The same answer again changes nothing: one RSVP, the same place in line.
  if (active && active.mode === MODE_OF[a.mode]) {
    const position = active.status === "WAITLISTED" ? await positionInLine(tx, a.sessionId, active.waitlistSeq!) : null;
    return { rsvp: toRsvpDto(a.sessionId, active, position), changed: false };
  }

  // Nobody jumps the line: a free seat goes to a newcomer only when nobody is waiting.
  const seated = a.mode === "in_person" && freeSeats(session) > 0 && line === 0;
  const mode = MODE_OF[a.mode];
  const status = a.mode === "in_person" && !seated ? "WAITLISTED" : "CONFIRMED";
  const fields = { cancelledAt: null, checkedInAt: null, checkedInById: null };
  const [saved] = await tx.$queryRaw<{ mode: "IN_PERSON" | "REMOTE"; status: "CONFIRMED" | "WAITLISTED" }[]>`
    INSERT INTO rsvps (session_id, user_id, mode, status, waitlist_seq)
    VALUES (${a.sessionId}::uuid, ${a.userId}::uuid, ${mode}::"RsvpMode", ${status}::"RsvpStatus",
            CASE WHEN ${status} = 'WAITLISTED' THEN nextval('rsvps_waitlist_seq_seq') END)
    ON CONFLICT (session_id, user_id) DO UPDATE SET mode = EXCLUDED.mode, status = EXCLUDED.status,
      waitlist_seq = EXCLUDED.waitlist_seq, cancelled_at = ${fields.cancelledAt}, checked_in_at = NULL, checked_in_by_id = NULL, updated_at = now()
    RETURNING mode::text AS mode, status::text AS status`;
  if (heldSeat) await promoteWaitlist(tx, a.sessionId, a.links);
  // A newcomer joins the end of the line (a person already in it changed mode, so left it).
  const rsvp = toRsvpDto(a.sessionId, saved, saved.status === "WAITLISTED" ? line + 1 : null);
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
