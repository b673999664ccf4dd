// A member RSVPs to a session for themselves — in person or remote — changes the answer, or
// cancels: one statement each (own-answer.ts, decision 029), counted against the person's RSVP
// limit (lib/rate-limit/action-limits.ts) in the same statement, so a refused or failed answer
// counts nothing and writes nothing. The emails are composed by the notice job it queues.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { getDb } from "../db/index.ts";
import { runThrough } from "../db/run-sql.ts";
import type { RsvpDto } from "./dto.ts";
import { answerOwnRsvp } from "./own-answer.ts";
import type { RsvpInput } from "./schemas.ts";
import { baseUrl, type Links } from "./seats.ts";
import { appNow } from "../time/clock.ts";

export type RsvpOptions = Links & { now?: Date };

export async function rsvpToSession(actor: Actor, input: RsvpInput, options: RsvpOptions = {}): Promise<RsvpDto> {
  // A missing mode is refused by the schema; only cancelRsvp cancels.
  const answer = { sessionId: input?.sessionId, mode: input?.mode ?? undefined };
  return (await answerOwnRsvp(runThrough(getDb()), actor, answer, await ownOptions(options)))!;
}

export async function cancelRsvp(actor: Actor, input: { sessionId: string }, options: RsvpOptions = {}): Promise<{ cancelled: true }> {
  await answerOwnRsvp(runThrough(getDb()), actor, { sessionId: input?.sessionId, mode: null }, await ownOptions(options));
  return { cancelled: true };
}

const ownOptions = async (options: RsvpOptions) => ({ now: options.now ?? appNow(), siteUrl: await baseUrl(options) });
