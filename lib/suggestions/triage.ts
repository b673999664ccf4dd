// Organizers triage suggestions: accept into a track, decline with a reason, merge a duplicate
// into another (its votes move along), and mark scheduled once the paper is in a session.
// Each writes the audit log in the same transaction.
import "server-only";
import type { Actor, SignedInActor } from "../auth/actor.ts";
import { assertCan, assertCanForSomeTrack } from "../auth/permissions.ts";
import type { Prisma } from "../db/generated/client.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { parseInput } from "../validation/parse-input.ts";
import { acceptSuggestionSchema, declineSuggestionSchema, mergeSuggestionSchema, suggestionRefSchema } from "./schemas.ts";
import { appNow } from "../time/clock.ts";

async function lockSuggestion(tx: Prisma.TransactionClient, id: string, actor: SignedInActor) {
  const rows = await tx.$queryRaw<{ id: string; status: string; kind: string; paper_id: string | null; track_id: string | null }[]>`
    SELECT id, status::text, kind::text, paper_id, track_id FROM suggestions WHERE id = ${id}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new AppError("not_found", "There is no such suggestion.");
  // A track's lead triages the suggestions tagged with that track only (issue 20).
  assertCan(actor, "suggestion.triage", { trackId: rows[0].track_id });
  if (rows[0].status === "MERGED") throw new AppError("conflict", "This suggestion was merged into another one.");
  return rows[0];
}

export async function acceptSuggestion(actor: Actor, input: { suggestionId: string; track?: string }) {
  assertCanForSomeTrack(actor, "suggestion.triage");
  const { suggestionId, track } = parseInput(acceptSuggestionSchema, input);
  return getDb().$transaction(async (tx) => {
    await lockSuggestion(tx, suggestionId, actor);
    const trackRow = track ? await tx.track.findUnique({ where: { slug: track }, select: { id: true } }) : null;
    if (track && !trackRow) throw new AppError("validation", "There is no such track.", { track: "Choose a track from the list." });
    // A lead moves a suggestion only into a track they lead.
    if (trackRow) assertCan(actor, "suggestion.triage", { trackId: trackRow.id });
    await tx.suggestion.update({
      where: { id: suggestionId },
      data: { status: "ACCEPTED", declineReason: null, decidedById: actor.id, decidedAt: appNow(), ...(trackRow ? { trackId: trackRow.id } : {}) },
    });
    await writeAudit(
      { actorId: actor.id, action: "suggestion.accepted", targetType: "suggestion", targetId: suggestionId, data: { track: track ?? null } },
      tx,
    );
    return { id: suggestionId, status: "accepted" as const };
  });
}

export async function declineSuggestion(actor: Actor, input: { suggestionId: string; reason: string }) {
  assertCanForSomeTrack(actor, "suggestion.triage");
  const { suggestionId, reason } = parseInput(declineSuggestionSchema, input);
  return getDb().$transaction(async (tx) => {
    await lockSuggestion(tx, suggestionId, actor);
    await tx.suggestion.update({
      where: { id: suggestionId },
      data: { status: "DECLINED", declineReason: reason, decidedById: actor.id, decidedAt: appNow() },
    });
    await writeAudit({ actorId: actor.id, action: "suggestion.declined", targetType: "suggestion", targetId: suggestionId, data: { reason } }, tx);
    return { id: suggestionId, status: "declined" as const };
  });
}

export async function mergeSuggestion(actor: Actor, input: { suggestionId: string; intoId: string }) {
  assertCanForSomeTrack(actor, "suggestion.triage");
  const { suggestionId, intoId } = parseInput(mergeSuggestionSchema, input);
  if (suggestionId === intoId)
    throw new AppError("validation", "A suggestion cannot be merged into itself.", { intoId: "Choose another suggestion." });
  return getDb().$transaction(async (tx) => {
    // Lock both in a fixed order, so two merges of the same pair cannot deadlock.
    for (const id of [suggestionId, intoId].sort()) await lockSuggestion(tx, id, actor);
    // Votes move to the kept suggestion; someone who voted for both counts once.
    await tx.$executeRaw`
      INSERT INTO votes (suggestion_id, user_id, created_at)
      SELECT ${intoId}::uuid, user_id, created_at FROM votes WHERE suggestion_id = ${suggestionId}::uuid
      ON CONFLICT DO NOTHING`;
    await tx.vote.deleteMany({ where: { suggestionId } });
    const count = await tx.vote.count({ where: { suggestionId: intoId } });
    await tx.suggestion.update({ where: { id: intoId }, data: { voteCount: count } });
    await tx.suggestion.update({
      where: { id: suggestionId },
      data: { status: "MERGED", mergedIntoId: intoId, voteCount: 0, decidedById: actor.id, decidedAt: appNow() },
    });
    await writeAudit({ actorId: actor.id, action: "suggestion.merged", targetType: "suggestion", targetId: suggestionId, data: { intoId } }, tx);
    return { id: suggestionId, status: "merged" as const, intoId, voteCount: count };
  });
}

export async function markSuggestionScheduled(actor: Actor, input: { suggestionId: string }) {
  assertCanForSomeTrack(actor, "suggestion.triage");
  const { suggestionId } = parseInput(suggestionRefSchema, input);
  return getDb().$transaction(async (tx) => {
    const s = await lockSuggestion(tx, suggestionId, actor);
    if (!s.paper_id) throw new AppError("conflict", "Topics are scheduled as tracks; only paper suggestions are marked scheduled.");
    const slot = await tx.slot.findFirst({
      where: { paperId: s.paper_id, session: { status: { in: ["PUBLISHED", "DRAFT"] } } },
      orderBy: { session: { startsAt: "desc" } },
      select: { id: true, session: { select: { id: true, startsAt: true } } },
    });
    if (!slot) throw new AppError("conflict", "This paper is not in any session yet. Add it to a session first.");
    await tx.suggestion.update({
      where: { id: suggestionId },
      data: { status: "SCHEDULED", scheduledSlotId: slot.id, decidedById: actor.id, decidedAt: appNow() },
    });
    await writeAudit(
      { actorId: actor.id, action: "suggestion.scheduled", targetType: "suggestion", targetId: suggestionId, data: { slotId: slot.id } },
      tx,
    );
    return { id: suggestionId, status: "scheduled" as const, sessionId: slot.session.id };
  });
}
