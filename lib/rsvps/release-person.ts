// A person leaves (account deletion): every RSVP of theirs is cancelled, and each seat they held
// goes to the next person in line of that session, in the same transaction. Sessions are locked
// in id order, so two deletions (or a deletion and a rush) never wait on each other in a circle.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";
import { lockSession, promoteWaitlist, type Links } from "./seats.ts";

export async function cancelRsvpsOf(tx: Prisma.TransactionClient, userId: string, now: Date, links: Links): Promise<void> {
  const held = await tx.rsvp.findMany({
    where: { userId, status: { not: "CANCELLED" } },
    orderBy: { sessionId: "asc" },
    select: { sessionId: true },
  });
  for (const { sessionId } of held) {
    await lockSession(tx, sessionId);
    const [before] = await tx.rsvp.findMany({ where: { userId, sessionId }, select: { id: true, mode: true, status: true } });
    await tx.rsvp.update({ where: { id: before.id }, data: { status: "CANCELLED", cancelledAt: now, waitlistSeq: null } });
    if (before.mode === "IN_PERSON" && before.status === "CONFIRMED") await promoteWaitlist(tx, sessionId, links);
  }
}
