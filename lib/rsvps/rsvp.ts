// A member RSVPs to a session for themselves — in person or remote — changes the answer, or
// cancels. Seats are decided under the session's row lock (seats.ts); see answer-rsvp.ts.
// Each answer first counts against the person's RSVP limit (lib/rate-limit/action-limits.ts):
// under a lock of that person's own, before the session's lock is asked for, in the same SQL
// call as the answer (rsvp_answer_limited) and so the same transaction: a refused or failed
// answer counts nothing and writes nothing.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { ACTION_LIMITS } from "../rate-limit/action-limits.ts";
import { parseInput } from "../validation/parse-input.ts";
import { answerRsvp, mailFacts, RSVP_TRANSACTION } from "./answer-rsvp.ts";
import type { RsvpDto } from "./dto.ts";
import { rsvpSchema, sessionRefSchema, type RsvpInput } from "./schemas.ts";
import type { Links } from "./seats.ts";
import { appNow } from "../time/clock.ts";

export type RsvpOptions = Links & { now?: Date };

/** A person's own answers count against their RSVP limit. */
const ownLimit = (actor: { id: string }) => ({ limit: ACTION_LIMITS.rsvp, key: actor.id });

export async function rsvpToSession(actor: Actor, input: RsvpInput, options: RsvpOptions = {}): Promise<RsvpDto> {
  const db = getDb();
  assertCan(actor, "rsvp.answer");
  const { sessionId, mode } = parseInput(rsvpSchema, input);
  const answer = { sessionId, userId: actor.id, mode, byOrganizer: false, now: options.now ?? appNow(), links: options, limit: ownLimit(actor) };
  const facts = await mailFacts(db, answer);
  const { rsvp } = await db.$transaction((tx) => answerRsvp(tx, answer, facts), RSVP_TRANSACTION);
  return rsvp!;
}

export async function cancelRsvp(actor: Actor, input: { sessionId: string }, options: RsvpOptions = {}): Promise<{ cancelled: true }> {
  const db = getDb();
  assertCan(actor, "rsvp.answer");
  const { sessionId } = parseInput(sessionRefSchema, input);
  const answer = {
    sessionId,
    userId: actor.id,
    mode: null,
    byOrganizer: false,
    now: options.now ?? appNow(),
    links: options,
    limit: ownLimit(actor),
  };
  await db.$transaction((tx) => answerRsvp(tx, answer), RSVP_TRANSACTION);
  return { cancelled: true };
}
