// Volunteers claim the papers they will present; organizers approve or decline. One active
// claim per slot is kept by a partial unique index, so two people clicking at once get one
// winner and one clear "someone just claimed this". Every change is one conditional statement,
// written with its audit entry and its queued email in one transaction. Claiming and
// withdrawing count against the volunteer's claim limit (lib/rate-limit/action-limits.ts) in
// that transaction, so a refused or failed attempt counts nothing.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan, assertCanForSomeTrack } from "../auth/permissions.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { getDb } from "../db/index.ts";
import { AppError, validationError } from "../errors.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { ACTION_LIMITS } from "../rate-limit/action-limits.ts";
import { consumeLimit, QUEUED_TRANSACTION } from "../rate-limit/sliding-window.ts";
import { claimApprovedMail } from "../mail/templates/claim-approved.ts";
import { claimDeclinedMail } from "../mail/templates/claim-declined.ts";
import { claimIdSchema, claimSlotSchema, declineClaimSchema, slotIdSchema, type ClaimSlotInput } from "./schemas.ts";
import { appNow } from "../time/clock.ts";

export type ClaimDto = { claimId: string; slotId: string; status: "pending" | "approved" | "declined" | "withdrawn" };

function toDto(c: { id: string; slotId: string; status: string }): ClaimDto {
  return { claimId: c.id, slotId: c.slotId, status: c.status.toLowerCase() as ClaimDto["status"] };
}

export async function claimSlot(actor: Actor, input: ClaimSlotInput, now = appNow()): Promise<ClaimDto> {
  assertCan(actor, "slot.claim");
  const parsed = claimSlotSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { slotId, coPresenter, note } = parsed.data;
  const db = getDb();
  const slot = await db.slot.findFirst({
    where: { id: slotId, session: { status: "PUBLISHED" } },
    select: { id: true, session: { select: { startsAt: true, series: { select: { claimApprovalRequired: true } } } } },
  });
  if (!slot) throw new AppError("not_found", "There is no such slot.");
  if (slot.session.startsAt <= now) throw new AppError("conflict", "This session has already started; its slots can no longer be claimed.");
  const automatic = !slot.session.series.claimApprovalRequired;
  try {
    const claim = await db.$transaction(async (tx) => {
      await consumeLimit(tx, ACTION_LIMITS.claim, actor.id, now);
      const created = await tx.speakerClaim.create({
        data: {
          slotId,
          userId: actor.id,
          status: automatic ? "APPROVED" : "PENDING",
          // From the app's clock, which decides when a pending claim is stale (release-stale-claims.ts).
          createdAt: now,
          coPresenter: coPresenter || null,
          note: note || null,
          ...(automatic ? { decidedAt: now } : {}),
        },
        select: { id: true, slotId: true, status: true },
      });
      await writeAudit(
        { actorId: actor.id, action: "claim.created", targetType: "claim", targetId: created.id, data: { slotId, status: created.status } },
        tx,
      );
      return created;
    }, QUEUED_TRANSACTION);
    return toDto(claim);
  } catch (error) {
    if (isUniqueViolation(error)) {
      const mine = await db.speakerClaim.findFirst({
        where: { slotId, userId: actor.id, status: { in: ["PENDING", "APPROVED"] } },
        select: { id: true },
      });
      throw new AppError("conflict", mine ? "You have already claimed this slot." : "Someone just claimed this slot. Pick another paper?");
    }
    throw error;
  }
}

export async function withdrawClaim(actor: Actor, input: { slotId: string }, now = appNow()): Promise<ClaimDto> {
  if (!actor) throw new AppError("unauthenticated", "Please sign in first.");
  const slotId = slotIdSchema.safeParse(input.slotId);
  if (!slotId.success) throw new AppError("not_found", "There is no such slot.");
  const db = getDb();
  const claim = await db.speakerClaim.findFirst({
    where: { slotId: slotId.data, status: { in: ["PENDING", "APPROVED"] } },
    select: { id: true, userId: true },
  });
  if (!claim) throw new AppError("not_found", "There is no claim on this slot to withdraw.");
  assertCan(actor, "claim.withdraw", { ownerId: claim.userId });
  return db.$transaction(async (tx) => {
    await consumeLimit(tx, ACTION_LIMITS.claim, actor.id, now);
    // Ownership in the where clause: only the volunteer's own active claim changes.
    const updated = await tx.speakerClaim.updateManyAndReturn({
      where: { id: claim.id, userId: actor.id, status: { in: ["PENDING", "APPROVED"] } },
      data: { status: "WITHDRAWN", releasedAt: now },
      select: { id: true, slotId: true, status: true },
    });
    if (updated.length === 0) throw new AppError("conflict", "This claim changed in the meantime. Reload and try again.");
    await writeAudit({ actorId: actor.id, action: "claim.withdrawn", targetType: "slot", targetId: slotId.data }, tx);
    return toDto(updated[0]);
  }, QUEUED_TRANSACTION);
}

async function decide(actor: Actor, claimId: string, to: "APPROVED" | "DECLINED", reason: string | null, now: Date): Promise<ClaimDto> {
  return getDb().$transaction(async (tx) => {
    // A track's lead decides the claims of that track's sessions only (issue 20).
    const of = await tx.speakerClaim.findUnique({ where: { id: claimId }, select: { slot: { select: { session: { select: { trackId: true } } } } } });
    if (!of) throw new AppError("not_found", "There is no such claim.");
    assertCan(actor, "claim.decide", { trackId: of.slot.session.trackId });
    const updated = await tx.speakerClaim.updateManyAndReturn({
      where: { id: claimId, status: "PENDING" },
      data: { status: to, declineReason: reason, decidedById: actor!.id, decidedAt: now, ...(to === "DECLINED" ? { releasedAt: now } : {}) },
      select: {
        id: true,
        slotId: true,
        status: true,
        user: { select: { email: true, name: true } },
        slot: { select: { paper: { select: { title: true } }, session: { select: { id: true, title: true, startsAt: true, timeZone: true } } } },
      },
    });
    if (updated.length === 0) {
      const exists = await tx.speakerClaim.findUnique({ where: { id: claimId }, select: { status: true } });
      if (!exists) throw new AppError("not_found", "There is no such claim.");
      throw new AppError("conflict", `This claim is already ${exists.status.toLowerCase()}.`);
    }
    const c = updated[0];
    await writeAudit(
      {
        actorId: actor!.id,
        action: to === "APPROVED" ? "claim.approved" : "claim.declined",
        targetType: "claim",
        targetId: claimId,
        data: { reason },
      },
      tx,
    );
    if (c.user?.email) {
      const about = { to: c.user.email, paperTitle: c.slot.paper.title, startsAt: c.slot.session.startsAt, timeZone: c.slot.session.timeZone };
      await enqueueMail(tx, to === "APPROVED" ? claimApprovedMail(about) : claimDeclinedMail({ ...about, reason: reason ?? "" }));
    }
    return toDto(c);
  });
}

export async function approveClaim(actor: Actor, input: { claimId: string }, now = appNow()) {
  assertCanForSomeTrack(actor, "claim.decide");
  const id = claimIdSchema.safeParse(input.claimId);
  if (!id.success) throw new AppError("not_found", "There is no such claim.");
  return decide(actor, id.data, "APPROVED", null, now);
}

export async function declineClaim(actor: Actor, input: { claimId: string; reason: string }, now = appNow()) {
  assertCanForSomeTrack(actor, "claim.decide");
  const parsed = declineClaimSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return decide(actor, parsed.data.claimId, "DECLINED", parsed.data.reason, now);
}
