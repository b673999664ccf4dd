// Appends to the audit log inside the transaction of the change it describes: pass that
// transaction (`tx`), so the entry and the change are stored together or not at all.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

export async function writeAudit(
  entry: { actorId: string | null; action: string; targetType: string; targetId?: string | null; data?: Prisma.InputJsonValue },
  tx: Tx,
) {
  await tx.auditLog.create({
    data: { actorId: entry.actorId, action: entry.action, targetType: entry.targetType, targetId: entry.targetId ?? null, data: entry.data ?? {} },
  });
}
