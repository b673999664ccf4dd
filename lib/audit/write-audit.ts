// Appends to the audit log, inside the caller's transaction when one is given.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";
import { getDb } from "../db/index.ts";

type Tx = Pick<ReturnType<typeof getDb>, "auditLog">;

export async function writeAudit(
  entry: { actorId: string | null; action: string; targetType: string; targetId?: string | null; data?: Prisma.InputJsonValue },
  tx: Tx = getDb(),
) {
  await tx.auditLog.create({
    data: { actorId: entry.actorId, action: entry.action, targetType: entry.targetType, targetId: entry.targetId ?? null, data: entry.data ?? {} },
  });
}
