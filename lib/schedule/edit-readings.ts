// The readings of a session in the draft: papers, blog posts or any link, added by arXiv id,
// DOI or URL (one canonical identity, lib/papers/canonical-id.ts) or from a suggestion,
// reordered, moved to another session with their presenter, removed.
import "server-only";
import type { Actor, SignedInActor } from "../auth/actor.ts";
import { assertCan, assertCanForSomeTrack } from "../auth/permissions.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";
import { identifyPaper, paperIdFor } from "../suggestions/identify-paper.ts";
import { parseInput } from "../validation/parse-input.ts";
import { addReadingSchema, addSuggestionReadingSchema, moveReadingSchema, slotRef } from "./edit-schemas.ts";
import { appNow } from "../time/clock.ts";

/**
 * Organizers curate every session's readings; a track's leads those of its sessions (issue 20):
 * someone who is neither is refused before anything is read, and each session is checked against
 * its track when it is locked (draftSession).
 */
function assertMayCurate(actor: Actor): asserts actor is SignedInActor {
  assertCanForSomeTrack(actor, "track.curate");
}

async function draftSession(tx: Prisma.TransactionClient, sessionId: string, actor: SignedInActor) {
  // Lock the session row: positions are counted from its slots, one writer at a time.
  const rows = await tx.$queryRaw<{ id: string; series_id: string; track_id: string | null }[]>`
    SELECT id, series_id, track_id FROM sessions WHERE id = ${sessionId}::uuid AND removed_at IS NULL FOR UPDATE`;
  if (!rows[0]) throw new AppError("not_found", "There is no such session.");
  assertCan(actor, "track.curate", { trackId: rows[0].track_id });
  return { id: rows[0].id, seriesId: rows[0].series_id };
}

async function appendSlot(tx: Prisma.TransactionClient, sessionId: string, paperId: string) {
  if (await tx.slot.findUnique({ where: { sessionId_paperId: { sessionId, paperId } }, select: { id: true } }))
    throw new AppError("conflict", "This reading is already in this session.");
  const last = await tx.slot.findFirst({ where: { sessionId }, orderBy: { position: "desc" }, select: { position: true } });
  const slot = await tx.slot.create({ data: { sessionId, paperId, position: (last?.position ?? -1) + 1 }, select: { id: true } });
  await tx.session.update({ where: { id: sessionId }, data: { editedByHandAt: appNow() } });
  return slot.id;
}

export async function addReading(actor: Actor, input: { sessionId: string; reference: string; title?: string; authors?: string }) {
  assertMayCurate(actor);
  const { sessionId, reference, title, authors } = parseInput(addReadingSchema, input);
  // Identified (and looked up on arXiv) before the transaction: no lock is held over the network.
  const found = await identifyPaper(reference);
  const typedTitle = title || found.metadata?.title;
  if (!found.paperId && !typedTitle)
    throw new AppError("validation", "We could not find the title of that reading.", { title: "Type the title of the paper or post." });
  return getDb().$transaction(async (tx) => {
    await draftSession(tx, sessionId, actor);
    const paperId = await paperIdFor(tx, found, {
      title: typedTitle ?? "",
      authors: found.metadata?.authors ?? authors.split(/[,;]\s*/).filter(Boolean),
    });
    const slotId = await appendSlot(tx, sessionId, paperId);
    await writeAudit(
      { actorId: actor.id, action: "reading.added", targetType: "session", targetId: sessionId, data: { slotId, paper: found.identity.canonicalId } },
      tx,
    );
    return { slotId, sessionId };
  });
}

export async function addSuggestionReading(actor: Actor, input: { sessionId: string; suggestionId: string }) {
  assertMayCurate(actor);
  const { sessionId, suggestionId } = parseInput(addSuggestionReadingSchema, input);
  return getDb().$transaction(async (tx) => {
    await draftSession(tx, sessionId, actor);
    const suggestion = await tx.suggestion.findUnique({ where: { id: suggestionId }, select: { paperId: true, status: true } });
    if (!suggestion) throw new AppError("not_found", "There is no such suggestion.");
    if (!suggestion.paperId) throw new AppError("conflict", "A topic is not a reading: add its papers one by one.");
    if (suggestion.status === "DECLINED" || suggestion.status === "MERGED") throw new AppError("conflict", "This suggestion was declined or merged.");
    const slotId = await appendSlot(tx, sessionId, suggestion.paperId);
    await tx.suggestion.update({
      where: { id: suggestionId },
      data: { status: "SCHEDULED", scheduledSlotId: slotId, decidedById: actor.id, decidedAt: appNow() },
    });
    await writeAudit({ actorId: actor.id, action: "reading.added", targetType: "session", targetId: sessionId, data: { slotId, suggestionId } }, tx);
    return { slotId, sessionId };
  });
}

async function lockedSlot(tx: Prisma.TransactionClient, slotId: string, actor: SignedInActor) {
  const slot = await tx.slot.findUnique({ where: { id: slotId }, select: { id: true, sessionId: true, position: true, paperId: true } });
  if (!slot) throw new AppError("not_found", "There is no such reading.");
  const session = await draftSession(tx, slot.sessionId, actor);
  return { ...slot, seriesId: session.seriesId };
}

export async function removeReading(actor: Actor, input: { slotId: string }) {
  assertMayCurate(actor);
  const { slotId } = parseInput(slotRef, input);
  return getDb().$transaction(async (tx) => {
    const slot = await lockedSlot(tx, slotId, actor);
    const presenting = await tx.speakerClaim.count({ where: { slotId, status: { in: ["APPROVED", "PENDING", "INVITED"] } } });
    if (presenting > 0)
      throw new AppError(
        "conflict",
        "Someone has claimed or been invited to present this reading: move it to another session, or decline the claim first.",
      );
    // Its suggestion is no longer scheduled.
    await tx.suggestion.updateMany({ where: { scheduledSlotId: slotId }, data: { status: "ACCEPTED", scheduledSlotId: null } });
    await tx.slot.delete({ where: { id: slotId } });
    await tx.session.update({ where: { id: slot.sessionId }, data: { editedByHandAt: appNow() } });
    await writeAudit(
      { actorId: actor.id, action: "reading.removed", targetType: "session", targetId: slot.sessionId, data: { slotId, paperId: slot.paperId } },
      tx,
    );
    return { slotId, removed: true as const };
  });
}

export async function moveReading(actor: Actor, input: { slotId: string; direction?: "up" | "down"; toSessionId?: string }) {
  assertMayCurate(actor);
  const { slotId, direction, toSessionId } = parseInput(moveReadingSchema, input);
  if (!direction && !toSessionId) throw new AppError("validation", "Choose up, down, or another session.", { toSessionId: "Choose a session." });
  return getDb().$transaction(async (tx) => {
    const slot = await lockedSlot(tx, slotId, actor);
    if (toSessionId && toSessionId !== slot.sessionId) {
      const target = await draftSession(tx, toSessionId, actor);
      if (target.seriesId !== slot.seriesId)
        throw new AppError("validation", "Move readings within one series.", { toSessionId: "Choose a session of this series." });
      if (await tx.slot.findUnique({ where: { sessionId_paperId: { sessionId: toSessionId, paperId: slot.paperId } }, select: { id: true } }))
        throw new AppError("conflict", "That session already has this reading.");
      const last = await tx.slot.findFirst({ where: { sessionId: toSessionId }, orderBy: { position: "desc" }, select: { position: true } });
      // The slot moves with its claims: the presenter keeps the paper in its new session.
      await tx.slot.update({ where: { id: slotId }, data: { sessionId: toSessionId, position: (last?.position ?? -1) + 1 } });
      await tx.session.updateMany({ where: { id: { in: [slot.sessionId, toSessionId] } }, data: { editedByHandAt: appNow() } });
      await writeAudit(
        { actorId: actor.id, action: "reading.moved", targetType: "session", targetId: toSessionId, data: { slotId, from: slot.sessionId } },
        tx,
      );
      return { slotId, sessionId: toSessionId };
    }
    const neighbour = await tx.slot.findFirst({
      where: { sessionId: slot.sessionId, position: direction === "up" ? { lt: slot.position } : { gt: slot.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (neighbour) {
      await tx.slot.update({ where: { id: neighbour.id }, data: { position: slot.position } });
      await tx.slot.update({ where: { id: slotId }, data: { position: neighbour.position } });
      await tx.session.update({ where: { id: slot.sessionId }, data: { editedByHandAt: appNow() } });
      await writeAudit(
        { actorId: actor.id, action: "reading.reordered", targetType: "session", targetId: slot.sessionId, data: { slotId, direction } },
        tx,
      );
    }
    return { slotId, sessionId: slot.sessionId };
  });
}
