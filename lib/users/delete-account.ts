// A person deletes their account. Their suggestions and votes stay, anonymised (the row keeps
// its id with every personal field cleared); their RSVPs are cancelled (the seats they held go
// to the next people in line) and speaker claims released; sign-in links and sessions are
// removed. One transaction: all of it or none.
// The last admin cannot leave: the check runs under the same lock as role changes, so two
// admins deleting their accounts (or one deleting while the other demotes) keep one admin.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError, validationError } from "../errors.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { RSVP_TRANSACTION } from "../rsvps/answer-rsvp.ts";
import { cancelRsvpsOf } from "../rsvps/release-person.ts";
import type { Links } from "../rsvps/seats.ts";
import { deleteAccountSchema } from "./schemas.ts";
import { appNow } from "../time/clock.ts";

export async function deleteAccount(actor: Actor, input: { confirm: string }, links: Links = {}): Promise<{ deleted: true }> {
  assertCan(actor, "account.delete", { ownerId: actor?.id });
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const now = appNow();
  await getDb().$transaction(async (tx) => {
    // The same lock as change-role.ts: the admin count below must not change under us.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('paperclub.roles'))`;
    const me = await tx.user.findFirst({ where: { id: actor.id, deletedAt: null }, select: { role: true } });
    if (me?.role === "ADMIN") {
      const admins = await tx.user.count({ where: { role: "ADMIN", deletedAt: null } });
      if (admins <= 1) throw new AppError("conflict", "You are the last admin: make someone else an admin before deleting your account.");
    }
    // Each seat freed here goes to the next person in line, in this transaction.
    await cancelRsvpsOf(tx, actor.id, now, links);
    await tx.speakerClaim.updateMany({
      where: { userId: actor.id, status: { in: ["INVITED", "PENDING", "APPROVED"] } },
      data: { status: "RELEASED", releasedAt: now },
    });
    await tx.account.deleteMany({ where: { userId: actor.id } });
    await tx.authSession.deleteMany({ where: { userId: actor.id } });
    await tx.user.update({
      where: { id: actor.id },
      data: {
        email: null,
        name: null,
        image: null,
        affiliation: null,
        links: [],
        timeZone: null,
        calendarToken: null,
        emailVerified: null,
        role: "MEMBER",
        deletedAt: now,
      },
    });
    await writeAudit({ actorId: actor.id, action: "account.deleted", targetType: "user", targetId: actor.id }, tx);
  }, RSVP_TRANSACTION);
  return { deleted: true };
}
