// The club always keeps an admin: the last one can neither delete their account nor be demoted,
// even when two admins act at the same moment.
import { describe, expect, it } from "vitest";
import type { SignedInActor } from "../../lib/auth/actor.ts";
import { changeRole } from "../../lib/users/change-role.ts";
import { deleteAccount } from "../../lib/users/delete-account.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";

describe("last admin", () => {
  const database = useTestDatabase({ seeded: true });
  const admins = () => database.current.db.user.count({ where: { role: "ADMIN", deletedAt: null } });

  async function twoAdmins(): Promise<[SignedInActor, SignedInActor]> {
    const db = database.current.db;
    const first = await actorByEmail(db, "admin@example.com");
    await db.user.create({ data: { email: "second-admin@example.com", role: "ADMIN" } });
    return [first, await actorByEmail(db, "second-admin@example.com")];
  }

  it("refuses to delete the account of the only admin, and changes nothing", async () => {
    const db = database.current.db;
    expect(await admins()).toBe(1);
    const admin = await actorByEmail(db, "admin@example.com");
    const error = await rejection(deleteAccount(admin, { confirm: "DELETE" }));
    expect(error.code).toBe("conflict");
    expect(error.message).toBe("You are the last admin: make someone else an admin before deleting your account.");
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", deletedAt: null });
    expect(await db.auditLog.count({ where: { action: "account.deleted" } })).toBe(0);
  });

  it("lets an admin delete their account when another admin remains", async () => {
    const [first] = await twoAdmins();
    await deleteAccount(first, { confirm: "DELETE" });
    expect(await admins()).toBe(1);
  });

  it("keeps one admin when two admins delete their accounts at once", async () => {
    const [first, second] = await twoAdmins();
    const results = await Promise.allSettled([deleteAccount(first, { confirm: "DELETE" }), deleteAccount(second, { confirm: "DELETE" })]);
    expect(await admins()).toBe(1);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "conflict" });
  });

  it("keeps one admin when one admin deletes their account while both demote each other", async () => {
    const [first, second] = await twoAdmins();
    const results = await Promise.allSettled([
      deleteAccount(first, { confirm: "DELETE" }),
      changeRole(second, { userId: first.id, role: "MEMBER" }),
      changeRole(first, { userId: second.id, role: "MEMBER" }),
    ]);
    expect(await admins()).toBe(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: expect.stringMatching(/^(conflict|not_found)$/) });
  });
});
