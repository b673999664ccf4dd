// Appends to the audit log inside the transaction of the change it describes: pass that
// transaction (`tx`), so the entry and the change are stored together or not at all. The
// entry is parsed against the union of audit events (lib/audit/audit-events.ts): an action or
// data the union does not know throws, and the change rolls back with it.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";
import { appNow } from "../time/clock.ts";
import { auditEventSchema, type AuditEventInput } from "./audit-events.ts";

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

export async function writeAudit(entry: { actorId: string | null } & AuditEventInput, tx: Tx) {
  const { actorId, ...input } = entry;
  const { action, targetType, targetId, data } = auditEventSchema.parse(input);
  // The app's clock, not the column's default: the log is read newest first, among entries the
  // demo data dates relative to its own day (decision 025).
  await tx.auditLog.create({ data: { actorId, action, targetType, targetId, data, createdAt: appNow() } });
}
