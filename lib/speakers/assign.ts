// Organizers fill a slot themselves: assign a member directly, or invite an outside author who
// has no account yet. The invitation link carries a random token (only its SHA-256 is stored);
// opening it and signing in makes the author the slot's presenter. One active claim per slot
// still holds: an assignment on a taken slot is a 409. Each change is written with its audit
// entry and its queued email in one transaction.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Actor, SignedInActor } from "../auth/actor.ts";
import { assertCan, assertCanForSomeTrack } from "../auth/permissions.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { getDb } from "../db/index.ts";
import { AppError, validationError } from "../errors.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { authorInvitedMail } from "../mail/templates/author-invited.ts";
import { speakerAssignedMail } from "../mail/templates/speaker-assigned.ts";
import { assignSpeakerSchema, invitationTokenSchema, inviteAuthorSchema } from "./schemas.ts";
import { appNow } from "../time/clock.ts";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

async function upcomingSlot(actor: SignedInActor, slotId: string, now: Date) {
  const slot = await getDb().slot.findFirst({
    where: { id: slotId, session: { status: { in: ["PUBLISHED", "DRAFT"] } } },
    select: { id: true, paper: { select: { title: true } }, session: { select: { id: true, startsAt: true, timeZone: true, trackId: true } } },
  });
  if (!slot) throw new AppError("not_found", "There is no such slot.");
  // A track's lead fills that track's slots only (issue 20).
  assertCan(actor, "slot.assign", { trackId: slot.session.trackId });
  if (slot.session.startsAt <= now) throw new AppError("conflict", "This session has already started.");
  return slot;
}

function taken(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError("conflict", "This slot already has a speaker or a pending claim. Decline or release it first.");
  throw error;
}

export async function assignSpeaker(actor: Actor, input: { slotId: string; email: string }, now = appNow()) {
  assertCanForSomeTrack(actor, "slot.assign");
  const parsed = assignSpeakerSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const slot = await upcomingSlot(actor, parsed.data.slotId, now);
  const db = getDb();
  const user = await db.user.findFirst({ where: { email: parsed.data.email, deletedAt: null }, select: { id: true, email: true } });
  if (!user)
    throw new AppError("validation", "No member has that email.", { email: "No member has that email. Invite them as an outside author instead." });
  const claim = await db
    .$transaction(async (tx) => {
      const created = await tx.speakerClaim.create({
        data: { slotId: slot.id, userId: user.id, status: "APPROVED", decidedById: actor.id, decidedAt: now },
        select: { id: true },
      });
      await writeAudit({ actorId: actor.id, action: "slot.assigned", targetType: "slot", targetId: slot.id, data: { userId: user.id } }, tx);
      await enqueueMail(
        tx,
        speakerAssignedMail({ to: user.email!, paperTitle: slot.paper.title, startsAt: slot.session.startsAt, timeZone: slot.session.timeZone }),
      );
      return created;
    })
    .catch(taken);
  return { claimId: claim.id, slotId: slot.id, status: "approved" as const };
}

export async function inviteAuthor(
  actor: Actor,
  input: { slotId: string; name: string; email: string; affiliation?: string; link?: string },
  options: { baseUrl: string },
  now = appNow(),
) {
  assertCanForSomeTrack(actor, "slot.assign");
  const parsed = inviteAuthorSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const slot = await upcomingSlot(actor, parsed.data.slotId, now);
  const token = randomBytes(24).toString("base64url");
  const d = parsed.data;
  const inviteUrl = new URL(`/invite/${token}`, options.baseUrl).href;
  const claim = await getDb()
    .$transaction(async (tx) => {
      const created = await tx.speakerClaim.create({
        data: {
          slotId: slot.id,
          status: "INVITED",
          decidedById: actor.id,
          decidedAt: now,
          inviteName: d.name,
          inviteEmail: d.email,
          inviteAffiliation: d.affiliation || null,
          inviteLink: d.link || null,
          inviteTokenHash: hash(token),
        },
        select: { id: true },
      });
      await writeAudit({ actorId: actor.id, action: "author.invited", targetType: "slot", targetId: slot.id, data: { email: d.email } }, tx);
      await enqueueMail(
        tx,
        authorInvitedMail({
          to: d.email,
          name: d.name,
          paperTitle: slot.paper.title,
          startsAt: slot.session.startsAt,
          timeZone: slot.session.timeZone,
          inviteUrl,
        }),
      );
      return created;
    })
    .catch(taken);
  return { claimId: claim.id, slotId: slot.id, status: "invited" as const, inviteUrl };
}

export async function describeInvitation(input: { token: string }) {
  const token = invitationTokenSchema.safeParse(input.token);
  if (!token.success) throw new AppError("not_found", "This invitation does not exist or was already used.");
  const claim = await getDb().speakerClaim.findFirst({
    where: { inviteTokenHash: hash(token.data), status: "INVITED" },
    select: {
      inviteName: true,
      slot: { select: { paper: { select: { title: true } }, session: { select: { id: true, startsAt: true, timeZone: true, title: true } } } },
    },
  });
  if (!claim) throw new AppError("not_found", "This invitation does not exist or was already used.");
  return { name: claim.inviteName, paperTitle: claim.slot.paper.title, session: claim.slot.session };
}

export async function acceptInvitation(actor: Actor, input: { token: string }, now = appNow()) {
  assertCan(actor, "invitation.accept");
  const token = invitationTokenSchema.safeParse(input.token);
  if (!token.success) throw new AppError("not_found", "This invitation does not exist or was already used.");
  return getDb().$transaction(async (tx) => {
    // One statement: the token works once, whoever opens it first.
    const accepted = await tx.speakerClaim.updateManyAndReturn({
      where: { inviteTokenHash: hash(token.data), status: "INVITED" },
      data: { userId: actor.id, status: "APPROVED", confirmedAt: now, inviteTokenHash: null },
      select: { id: true, slot: { select: { session: { select: { id: true } } } } },
    });
    if (accepted.length === 0) throw new AppError("not_found", "This invitation does not exist or was already used.");
    await writeAudit({ actorId: actor.id, action: "invitation.accepted", targetType: "claim", targetId: accepted[0].id }, tx);
    return { claimId: accepted[0].id, sessionId: accepted[0].slot.session.id };
  });
}
