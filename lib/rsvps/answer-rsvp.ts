// The one place an RSVP is written: a person's answer (in person, remote, or none) to a
// session, under the session's row lock (seats.ts). Used by members for themselves and by
// organizers for anyone; both go through here so the line moves the same way.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { rsvpReceivedMail } from "../mail/templates/rsvp-received.ts";
import { MODE_OF, toRsvpDto, type RsvpDto } from "./dto.ts";
import { baseUrl, freeSeats, lockSession, nextWaitlistNumber, positionInLine, promoteWaitlist, sessionForMail, type Links } from "./seats.ts";

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

/** Applies the answer and returns the RSVP as it now stands (null once cancelled). */
export async function answerRsvp(tx: Tx, a: Answer): Promise<{ rsvp: RsvpDto | null; changed: boolean }> {
  const session = await openSession(tx, a);
  const key = { sessionId_userId: { sessionId: a.sessionId, userId: a.userId } };
  const current = await tx.rsvp.findUnique({ where: key, select: { id: true, mode: true, status: true, waitlistSeq: true } });
  const active = current && current.status !== "CANCELLED" ? current : null;
  const heldSeat = active?.mode === "IN_PERSON" && active.status === "CONFIRMED";

  if (a.mode === null) {
    if (!active) throw new AppError("not_found", a.byOrganizer ? "This person has no RSVP for this session." : "You have no RSVP for this session.");
    await tx.rsvp.update({ where: { id: active.id }, data: { status: "CANCELLED", cancelledAt: a.now, waitlistSeq: null } });
    if (heldSeat) await promoteWaitlist(tx, a.sessionId, a.links);
    return { rsvp: null, changed: true };
  }

  // The same answer again changes nothing: one RSVP, the same place in line.
  if (active && active.mode === MODE_OF[a.mode]) {
    const position = active.waitlistSeq !== null ? await positionInLine(tx, a.sessionId, active.waitlistSeq) : null;
    return { rsvp: toRsvpDto(a.sessionId, active, position), changed: false };
  }

  let data: { mode: "IN_PERSON" | "REMOTE"; status: "CONFIRMED" | "WAITLISTED"; waitlistSeq: bigint | null };
  if (a.mode === "remote") data = { mode: "REMOTE", status: "CONFIRMED", waitlistSeq: null };
  else if (freeSeats(session) > 0) data = { mode: "IN_PERSON", status: "CONFIRMED", waitlistSeq: null };
  else data = { mode: "IN_PERSON", status: "WAITLISTED", waitlistSeq: await nextWaitlistNumber(tx) };

  const saved = current
    ? await tx.rsvp.update({ where: { id: current.id }, data: { ...data, cancelledAt: null, checkedInAt: null, checkedInById: null } })
    : await tx.rsvp.create({ data: { ...data, sessionId: a.sessionId, userId: a.userId } });
  if (heldSeat) await promoteWaitlist(tx, a.sessionId, a.links);
  const position = saved.waitlistSeq !== null ? await positionInLine(tx, a.sessionId, saved.waitlistSeq) : null;
  const rsvp = toRsvpDto(a.sessionId, saved, position);
  await tellAttendee(tx, a, rsvp);
  return { rsvp, changed: true };
}

async function tellAttendee(tx: Tx, a: Answer, rsvp: RsvpDto) {
  const person = await tx.user.findUnique({ where: { id: a.userId }, select: { email: true } });
  if (!person?.email) return;
  const s = await sessionForMail(tx, a.sessionId);
  await enqueueMail(
    tx,
    rsvpReceivedMail({
      to: person.email,
      sessionTitle: s.displayTitle,
      startsAt: s.startsAt,
      timeZone: s.timeZone,
      status: rsvp.status,
      mode: rsvp.mode,
      position: rsvp.position ?? null,
      venueName: s.venueName,
      remoteUrl: s.remoteUrl,
      sessionUrl: `${await baseUrl(a.links)}/sessions/${a.sessionId}`,
    }),
  );
}
