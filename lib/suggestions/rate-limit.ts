// At most SUGGESTIONS_PER_HOUR suggestions per member per hour, counted from the member's own
// suggestions under a per-member lock (lib/rate-limit), so parallel requests (or several app
// instances) cannot slip past it.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";
import { assertUnderLimit, minutesToWait, type Limit } from "../rate-limit/sliding-window.ts";

export const SUGGESTIONS_PER_HOUR = 20;

const suggestionLimit: Limit = {
  name: "suggest",
  max: SUGGESTIONS_PER_HOUR,
  windowMs: 60 * 60 * 1000,
  message: (retryAfter) =>
    `You have made ${SUGGESTIONS_PER_HOUR} suggestions in the last hour. Please try again in ${minutesToWait(retryAfter)} minutes.`,
};

export async function assertSuggestionQuota(tx: Prisma.TransactionClient, userId: string, now = new Date()) {
  await assertUnderLimit(
    tx,
    suggestionLimit,
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
