// Organizers add or remove people and check them in at the door. Adding goes through the same
// answerRsvp() as a member's own RSVP (so a full room puts them on the waitlist like anyone),
// but works after the start too; a person without an account gets one (they sign in by email).
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { parseInput } from "../validation/parse-input.ts";
import { answerRsvp, RSVP_TRANSACTION } from "./answer-rsvp.ts";
import type { RsvpDto } from "./dto.ts";
import type { RsvpOptions } from "./rsvp.ts";
import { isoInZone } from "../schedule/dto.ts";
import { addAttendeeSchema, attendeeRefSchema, checkInSchema, type AddAttendeeInput, type AttendeeRef, type CheckInInput } from "./schemas.ts";
import { appNow } from "../time/clock.ts";

export async function addAttendee(actor: Actor, input: AddAttendeeInput, options: RsvpOptions = {}): Promise<RsvpDto & { userId: string }> {
  const db = getDb();
  assertCan(actor, "rsvp.manage");
  const { sessionId, email, mode } = parseInput(addAttendeeSchema, input);
  return db.$transaction(async (tx) => {
    const person =
      (await tx.user.findUnique({ where: { email }, select: { id: true, deletedAt: true } })) ??
      (await tx.user.create({ data: { email }, select: { id: true, deletedAt: true } }));
    const now = options.now ?? appNow();
    const { rsvp } = await answerRsvp(tx, { sessionId, userId: person.id, mode, byOrganizer: true, now, links: options });
    await writeAudit({ actorId: actor.id, action: "rsvp.added", targetType: "session", targetId: sessionId, data: { userId: person.id, mode } }, tx);
    return { ...rsvp!, userId: person.id };
  }, RSVP_TRANSACTION);
}

export async function removeAttendee(actor: Actor, input: AttendeeRef, options: RsvpOptions = {}): Promise<{ removed: true }> {
  const db = getDb();
  assertCan(actor, "rsvp.manage");
  const { sessionId, userId } = parseInput(attendeeRefSchema, input);
  await db.$transaction(async (tx) => {
    await answerRsvp(tx, { sessionId, userId, mode: null, byOrganizer: true, now: options.now ?? appNow(), links: options });
    await writeAudit({ actorId: actor.id, action: "rsvp.removed", targetType: "session", targetId: sessionId, data: { userId } }, tx);
  }, RSVP_TRANSACTION);
  return { removed: true };
}

/** Marks a person with an RSVP as arrived (again: no change); `undo` takes it back. */
export async function setCheckedIn(
  actor: Actor,
  input: CheckInInput,
  now = appNow(),
): Promise<{ userId: string; checkedInAt: string | null; checkedIn: number }> {
  const db = getDb();
  assertCan(actor, "rsvp.manage");
  const { sessionId, userId, checkedIn: arrived } = parseInput(checkInSchema, input);
  return db.$transaction(async (tx) => {
    const rsvp = await tx.rsvp.findFirst({
      where: { sessionId, userId, status: { not: "CANCELLED" }, session: { removedAt: null } },
      select: { id: true, checkedInAt: true, session: { select: { timeZone: true } } },
    });
    if (!rsvp) throw new AppError("not_found", "This person has no RSVP for this session.");
    const checkedInAt = arrived ? (rsvp.checkedInAt ?? now) : null;
    await tx.rsvp.update({ where: { id: rsvp.id }, data: { checkedInAt, checkedInById: arrived ? actor.id : null } });
    // Who let whom in, and who took it back; a repeated tap changes nothing and is not logged.
    if (arrived !== (rsvp.checkedInAt !== null))
      await writeAudit(
        {
          actorId: actor.id,
          action: arrived ? "rsvp.checked_in" : "rsvp.check_in_undone",
          targetType: "session",
          targetId: sessionId,
          data: { userId },
        },
        tx,
      );
    const checkedIn = await tx.rsvp.count({ where: { sessionId, status: { not: "CANCELLED" }, checkedInAt: { not: null } } });
    return { userId, checkedInAt: checkedInAt ? isoInZone(checkedInAt, rsvp.session.timeZone) : null, checkedIn };
  });
}
