// Counted attempts that have left every window are of no use: the prune-rate-limit-hits job
// deletes them (consumeLimit also forgets a key's old attempts when that key is seen again,
// but keys never seen again would stay for ever). docs/decisions/019-action-limits.md
import "server-only";
import { signInLimits } from "../auth/sign-in-limits.ts";
import { getDb } from "../db/index.ts";
import { ACTION_LIMITS } from "./action-limits.ts";
import { appNow } from "../time/clock.ts";

/** The longest window of any limit: an attempt older than this counts against none. */
export const LONGEST_WINDOW_MS = Math.max(...[...Object.values(ACTION_LIMITS), ...Object.values(signInLimits)].map((l) => l.windowMs));

/** Deletes the attempts older than the longest window; returns how many. */
export async function pruneRateLimitHits(now = appNow()): Promise<number> {
  const { count } = await getDb().rateLimitHit.deleteMany({
    where: { createdAt: { lte: new Date(now.getTime() - LONGEST_WINDOW_MS) } },
  });
  return count;
}
