// A volunteer's talks: upcoming and past, with a place to add slides after the session.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError, validationError } from "../errors.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { isoInZone } from "../schedule/dto.ts";
import { addSlidesSchema, slotIdSchema } from "./schemas.ts";
import { appNow } from "../time/clock.ts";

export type TalkDto = {
  slotId: string;
  status: "pending" | "approved";
  paperTitle: string;
  session: { id: string; title: string; startsAt: string; timeZone: string };
  /** The speaker confirmed they will come (the series may ask for it). */
  isConfirmed: boolean;
  hasStarted: boolean;
  isPast: boolean;
  slidesUrl: string | null;
};

export async function listMyTalks(actor: Actor, now = appNow()): Promise<TalkDto[]> {
  if (!actor) return [];
  const claims = await getDb().speakerClaim.findMany({
    where: { userId: actor.id, status: { in: ["PENDING", "APPROVED"] } },
    orderBy: { slot: { session: { startsAt: "asc" } } },
    select: {
      status: true,
      confirmedAt: true,
      slot: {
        select: {
          id: true,
          slidesUrl: true,
          paper: { select: { title: true } },
          session: { select: { id: true, title: true, startsAt: true, endsAt: true, timeZone: true } },
        },
      },
    },
  });
  return claims.map((c) => ({
    slotId: c.slot.id,
    status: c.status === "APPROVED" ? "approved" : "pending",
    paperTitle: c.slot.paper.title,
    session: {
      id: c.slot.session.id,
      title: c.slot.session.title ?? "",
      startsAt: isoInZone(c.slot.session.startsAt, c.slot.session.timeZone),
      timeZone: c.slot.session.timeZone,
    },
    isConfirmed: c.confirmedAt !== null,
    hasStarted: c.slot.session.startsAt <= now,
    isPast: c.slot.session.endsAt < now,
    slidesUrl: c.slot.slidesUrl,
  }));
}

export async function addTalkSlides(actor: Actor, input: { slotId: string; slidesUrl: string }, now = appNow()) {
  if (!actor) throw new AppError("unauthenticated", "Please sign in first.");
  const parsed = addSlidesSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { slotId, slidesUrl } = parsed.data;
  const db = getDb();
  const slot = await db.slot.findUnique({
    where: { id: slotId },
    select: { session: { select: { startsAt: true } }, claims: { where: { status: "APPROVED" }, select: { userId: true } } },
  });
  if (!slot) throw new AppError("not_found", "There is no such talk.");
  assertCan(actor, "talk.updateSlides", { ownerId: slot.claims[0]?.userId ?? null });
  if (slot.session.startsAt > now) throw new AppError("conflict", "Slides can be added once the session has started.");
  await db.$transaction(async (tx) => {
    await tx.slot.update({ where: { id: slotId }, data: { slidesUrl } });
    await writeAudit({ actorId: actor.id, action: "talk.slides_added", targetType: "slot", targetId: slotId, data: { slidesUrl } }, tx);
  });
  return { slotId, slidesUrl };
}

/** The speaker confirms an approved, upcoming talk, so it is not released as unconfirmed. */
export async function confirmTalk(actor: Actor, input: { slotId: string }, now = appNow()) {
  if (!actor) throw new AppError("unauthenticated", "Please sign in first.");
  const slotId = slotIdSchema.safeParse(input.slotId);
  if (!slotId.success) throw new AppError("not_found", "There is no such talk.");
  const db = getDb();
  const claim = await db.speakerClaim.findFirst({ where: { slotId: slotId.data, status: "APPROVED" }, select: { id: true, userId: true } });
  if (!claim) throw new AppError("not_found", "There is no confirmed speaker on this slot.");
  assertCan(actor, "talk.confirm", { ownerId: claim.userId });
  await db.$transaction(async (tx) => {
    const updated = await tx.speakerClaim.updateMany({
      where: { id: claim.id, userId: actor.id, status: "APPROVED", slot: { session: { startsAt: { gt: now } } } },
      data: { confirmedAt: now },
    });
    if (updated.count === 0) throw new AppError("conflict", "This talk can no longer be confirmed.");
    await writeAudit({ actorId: actor.id, action: "talk.confirmed", targetType: "claim", targetId: claim.id }, tx);
  });
  return { slotId: slotId.data, confirmed: true };
}
