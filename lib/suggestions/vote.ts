// Upvote a suggestion, or take the vote back. One statement each: the vote row and the
// counter change together, so any number of clicks at once leave exactly one vote. Each click
// counts against the person's vote limit (lib/rate-limit/action-limits.ts) in the same
// transaction, so a refused or failed click counts nothing.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import type { Prisma } from "../db/generated/client.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { ACTION_LIMITS } from "../rate-limit/action-limits.ts";
import { consumeLimit, QUEUED_TRANSACTION } from "../rate-limit/sliding-window.ts";
import { suggestionIdSchema } from "./schemas.ts";

async function explainMissing(tx: Prisma.TransactionClient, id: string): Promise<never> {
  const row = await tx.suggestion.findUnique({ where: { id }, select: { status: true } });
  if (!row) throw new AppError("not_found", "There is no such suggestion.");
  throw new AppError("conflict", `This suggestion is ${row.status.toLowerCase()}; votes are closed.`);
}

function parseId(id: string) {
  const parsed = suggestionIdSchema.safeParse(id);
  if (!parsed.success) throw new AppError("not_found", "There is no such suggestion.");
  return parsed.data;
}

export async function voteForSuggestion(actor: Actor, input: { suggestionId: string }) {
  assertCan(actor, "suggestion.vote");
  const id = parseId(input.suggestionId);
  const rows = await getDb().$transaction(async (tx) => {
    await consumeLimit(tx, ACTION_LIMITS.vote, actor.id);
    const rows = await tx.$queryRaw<{ vote_count: number }[]>`
    WITH target AS (
      SELECT id FROM suggestions WHERE id = ${id}::uuid AND status IN ('OPEN', 'ACCEPTED')
    ), inserted AS (
      INSERT INTO votes (suggestion_id, user_id) SELECT id, ${actor.id}::uuid FROM target
      ON CONFLICT DO NOTHING RETURNING 1
    )
    UPDATE suggestions SET vote_count = vote_count + (SELECT count(*) FROM inserted)::int
    WHERE id IN (SELECT id FROM target) RETURNING vote_count`;
    return rows.length === 0 ? explainMissing(tx, id) : rows;
  }, QUEUED_TRANSACTION);
  return { suggestionId: id, voteCount: rows[0].vote_count, hasVoted: true };
}

export async function withdrawVote(actor: Actor, input: { suggestionId: string }) {
  assertCan(actor, "suggestion.vote");
  const id = parseId(input.suggestionId);
  const rows = await getDb().$transaction(async (tx) => {
    await consumeLimit(tx, ACTION_LIMITS.vote, actor.id);
    const rows = await tx.$queryRaw<{ vote_count: number }[]>`
    WITH deleted AS (
      DELETE FROM votes WHERE suggestion_id = ${id}::uuid AND user_id = ${actor.id}::uuid RETURNING 1
    )
    UPDATE suggestions SET vote_count = vote_count - (SELECT count(*) FROM deleted)::int
    WHERE id = ${id}::uuid RETURNING vote_count`;
    if (rows.length === 0) throw new AppError("not_found", "There is no such suggestion.");
    return rows;
  }, QUEUED_TRANSACTION);
  return { suggestionId: id, voteCount: rows[0].vote_count, hasVoted: false };
}
