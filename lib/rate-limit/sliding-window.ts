// Limits of the form "at most N in any window of W": counted per key in the database, under a
// per-key advisory lock held to the end of the caller's transaction, so parallel requests and
// several app instances cannot slip past. Two ways to count:
//  - assertUnderLimit: the caller's own rows are the count (e.g. suggestions a member made);
//  - consumeLimit: a rate_limit_hits row per attempt, for actions that leave no row of their own.
import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";

export type Limit = {
  /** Names the counter (and its lock); stable, e.g. "suggest" or "signin-email:address". */
  name: string;
  max: number;
  windowMs: number;
  /** The sentence a person reads when refused, given how long to wait. */
  message: (retryAfterSeconds: number) => string;
};

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
  now = new Date(),
): Promise<void> {
  await lock(tx, limit, key);
  const times = await recent(new Date(now.getTime() - limit.windowMs));
  if (times.length >= limit.max) throw rateLimitedError(limit, retryAfterSeconds(times[0], limit.windowMs, now));
}

function hashKey(limit: Limit, key: string): string {
  return createHash("sha256").update(`${limit.name}\n${key}`).digest("hex");
}

/** Counts one attempt for `key` in rate_limit_hits, or throws rate_limited without counting it. */
export async function consumeLimit(tx: Prisma.TransactionClient, limit: Limit, key: string, now = new Date()): Promise<void> {
  const hashed = hashKey(limit, key);
  await assertUnderLimit(
    tx,
    limit,
    hashed,
    async (since) => {
      // Attempts that left the window are not needed any more.
      await tx.rateLimitHit.deleteMany({ where: { bucket: limit.name, key: hashed, createdAt: { lte: since } } });
      const rows = await tx.rateLimitHit.findMany({
        where: { bucket: limit.name, key: hashed, createdAt: { gt: since } },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true },
      });
      return rows.map((r) => r.createdAt);
    },
    now,
  );
  await tx.rateLimitHit.create({ data: { bucket: limit.name, key: hashed, createdAt: now } });
}
