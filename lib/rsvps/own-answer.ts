// A member's own RSVP — in person, remote, or cancelled — in one statement (decision 029): the
// SQL function rsvp_answer_own counts it against their RSVP limit, decides under the session's
// row lock (rsvp_answer, decision 014) and queues the "rsvp-notice" job whose worker composes
// the emails (rsvp-notice.ts), all in the statement's own transaction. No round trip to Node is
// made while the lock is held, so a rush is served as fast as PostgreSQL decides.
// The permission check and the input's validation are here, in the domain function; the app
// (lib/rsvps/rsvp.ts, through Prisma) and the front's RSVP handler (lib/front/front-rsvp.ts,
// through its pg pool) both call it.
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import type { RunSql } from "../db/run-sql.ts";
import { ACTION_LIMITS } from "../rate-limit/action-limits.ts";
import { hashKey, rateLimitedError, retryAfterSeconds } from "../rate-limit/sliding-window.ts";
import { parseInput } from "../validation/parse-input.ts";
import { MODE_OF, toRsvpDto, type RsvpDto } from "./dto.ts";
import { refusal, type Decision } from "./refusals.ts";
import { rsvpSchema, sessionRefSchema } from "./schemas.ts";

export const OWN_ANSWER_SQL = `SELECT outcome, status, mode, "position", limited_since
  FROM rsvp_answer_own($1::text, $2::text, $3::int, $4::int, $5::uuid, $6::uuid, $7::"RsvpMode", $8::timestamptz, $9::text)`;

export type OwnAnswerOptions = {
  now: Date;
  /** The site's origin, for the links in the emails the notice job composes. */
  siteUrl: string;
};

/**
 * The actor's answer (`mode` null cancels): the RSVP as it now stands, or null once cancelled.
 * Throws AppError: forbidden, validation, not_found, conflict, rate_limited.
 */
export async function answerOwnRsvp(
  run: RunSql,
  actor: Actor,
  input: { sessionId: unknown; mode: unknown | null },
  options: OwnAnswerOptions,
): Promise<RsvpDto | null> {
  assertCan(actor, "rsvp.answer");
  const { sessionId } = parseInput(sessionRefSchema, { sessionId: input.sessionId });
  const mode = input.mode === null ? null : parseInput(rsvpSchema, { sessionId, mode: input.mode }).mode;
  const limit = ACTION_LIMITS.rsvp;
  const [d] = (await run(OWN_ANSWER_SQL, [
    limit.name,
    hashKey(limit, actor.id),
    limit.max,
    limit.windowMs,
    sessionId,
    actor.id,
    mode === null ? null : MODE_OF[mode],
    options.now,
    options.siteUrl,
  ])) as Decision[];
  if (d.limited_since) throw rateLimitedError(limit, retryAfterSeconds(d.limited_since, limit.windowMs, options.now));
  const refused = refusal(d.outcome, false);
  if (refused) throw refused;
  if (d.outcome === "withdrawn") return null;
  return toRsvpDto(sessionId, { mode: d.mode!, status: d.status! }, d.position);
}
