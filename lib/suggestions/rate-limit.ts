// At most SUGGESTIONS_PER_HOUR suggestions per member per hour (lib/rate-limit/action-limits.ts),
// counted from the member's own suggestions under a per-member lock (lib/rate-limit), so
// parallel requests (or several app instances) cannot slip past it.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";
import { ACTION_LIMITS } from "../rate-limit/action-limits.ts";
import { assertUnderLimit } from "../rate-limit/sliding-window.ts";
import { appNow } from "../time/clock.ts";

export async function assertSuggestionQuota(tx: Prisma.TransactionClient, userId: string, now = appNow()) {
  await assertUnderLimit(
    tx,
    ACTION_LIMITS.suggest,
    userId,
    async (since) => {
      const recent = await tx.suggestion.findMany({
        where: { authorId: userId, createdAt: { gt: since } },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true },
      });
      return recent.map((r) => r.createdAt);
    },
    now,
  );
}
