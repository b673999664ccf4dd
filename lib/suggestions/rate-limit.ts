// At most SUGGESTIONS_PER_HOUR suggestions per member per hour, counted in the database under
// a per-member lock, so parallel requests (or several app instances) cannot slip past it.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";

export const SUGGESTIONS_PER_HOUR = 20;

export async function assertSuggestionQuota(tx: Prisma.TransactionClient, userId: string, now = new Date()) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('suggest:' || ${userId}))`;
  const since = new Date(now.getTime() - 60 * 60 * 1000);
  const recent = await tx.suggestion.findMany({
    where: { authorId: userId, createdAt: { gt: since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  if (recent.length >= SUGGESTIONS_PER_HOUR) {
    const retryAfterSeconds = Math.max(1, Math.ceil((recent[0].createdAt.getTime() + 60 * 60 * 1000 - now.getTime()) / 1000));
    throw new AppError(
      "rate_limited",
      `You have made ${SUGGESTIONS_PER_HOUR} suggestions in the last hour. Please try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
      undefined,
      { retryAfterSeconds },
    );
  }
}
