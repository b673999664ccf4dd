// An admin makes someone a member, organizer or admin. The last admin cannot be demoted
// (checked under a lock, so two admins demoting each other at once cannot both succeed).
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError, validationError } from "../errors.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { changeRoleSchema } from "./schemas.ts";

export async function changeRole(actor: Actor, input: { userId: string; role: string }) {
  assertCan(actor, "people.changeRole");
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { userId, role } = parsed.data;
  return getDb().$transaction(async (tx) => {
    // Serialise role changes: the admin count below must not change under us.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('paperclub.roles'))`;
    const target = await tx.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true, role: true } });
    if (!target) throw new AppError("not_found", "There is no such person.");
    if (target.role === role) return { id: target.id, role };
    if (target.role === "ADMIN") {
      const admins = await tx.user.count({ where: { role: "ADMIN", deletedAt: null } });
      if (admins <= 1) throw new AppError("conflict", "This is the last admin. Make someone else an admin first.");
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    await writeAudit({ actorId: actor.id, action: "role.changed", targetType: "user", targetId: userId, data: { from: target.role, to: role } }, tx);
    return { id: userId, role };
  });
}
