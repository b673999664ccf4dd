// Limits of the form "at most N in any window of W": counted per key in the database, under a
// per-key advisory lock held to the end of the caller's transaction, so parallel requests and
// several app instances cannot slip past. Two ways to count:
//  - assertUnderLimit: the caller's own rows are the count (e.g. suggestions a member made);
//  - consumeLimit: a rate_limit_hits row per attempt, for actions that leave no row of their own
//    (or whose rows do not tell attempts apart: votes, claims, RSVPs). Old hits are pruned by
//    a job (prune-hits.ts) and per key as it is seen again.
// No "server-only": the front (lib/front) counts RSVPs with it too, outside Next.js.
import { createHash } from "node:crypto";
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";
import { appNow } from "../time/clock.ts";

export type Limit = {
  /** Names the counter (and its lock); stable, e.g. "suggest" or "signin-email:address". */
  name: string;
  max: number;
  windowMs: number;
  /** The sentence a person reads when refused, given how long to wait. */
  message: (retryAfterSeconds: number) => string;
};

/**
 * For transactions that count an attempt: one person's burst queues on their key's lock, and a
 * burst is exactly what a limit is for, so let them wait (for the lock and a connection)
 * rather than fail.
 */
export const QUEUED_TRANSACTION = { maxWait: 15_000, timeout: 15_000 } as const;

/** "N minutes" (at least one), for messages. */
export function minutesToWait(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/**
 * Seconds until the oldest counted event leaves the window, never more than the window: a
 * request that read the clock before waiting for the lock may find events stamped after its
 * own `now`.
 */
export function retryAfterSeconds(oldest: Date, windowMs: number, now: Date): number {
  const seconds = Math.ceil((oldest.getTime() + windowMs - now.getTime()) / 1000);
  return Math.min(Math.ceil(windowMs / 1000), Math.max(1, seconds));
}

export function rateLimitedError(limit: Limit, retryAfter: number): AppError {
  return new AppError("rate_limited", limit.message(retryAfter), undefined, { retryAfterSeconds: retryAfter });
}

async function lock(tx: Prisma.TransactionClient, limit: Limit, key: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${limit.name} || ':' || ${key}))`;
}

/**
 * Throws rate_limited when `recent(since)` — the times of this key's events in the window,
 * oldest first — already holds `max` of them. Call inside the transaction that then records
 * the event, so the lock covers both.
 */
export async function assertUnderLimit(
  tx: Prisma.TransactionClient,
  limit: Limit,
  key: string,
  recent: (since: Date) => Promise<Date[]>,
  now = appNow(),
): Promise<void> {
  await lock(tx, limit, key);
  const times = await recent(new Date(now.getTime() - limit.windowMs));
  if (times.length >= limit.max) throw rateLimitedError(limit, retryAfterSeconds(times[0], limit.windowMs, now));
}

/** The key as rate_limit_hits stores it (a hash: no email address or id in that table). */
export function hashKey(limit: Limit, key: string): string {
  return createHash("sha256").update(`${limit.name}\n${key}`).digest("hex");
}

/**
 * Counts one attempt for `key` in rate_limit_hits, or throws rate_limited without counting it.
 * One statement (the SQL function rate_limit_consume: lock, forget the old, count, record), so
 * it is cheap before a hot lock such as an RSVP's. Its per-key lock is held to the end of the
 * caller's transaction: call it in the transaction of the change, and an attempt that fails
 * (or is refused) counts nothing.
 */
export async function consumeLimit(tx: Pick<Prisma.TransactionClient, "$queryRaw">, limit: Limit, key: string, now = appNow()): Promise<void> {
  const [{ oldest }] = await tx.$queryRaw<{ oldest: Date | null }[]>`
    SELECT rate_limit_consume(${limit.name}::text, ${hashKey(limit, key)}::text, ${limit.max}::int, ${limit.windowMs}::int, ${now}::timestamptz) AS oldest`;
  if (oldest) throw rateLimitedError(limit, retryAfterSeconds(oldest, limit.windowMs, now));
}
