// ADMIN_EMAILS: those addresses become admins when their account is created, and the audit log says why.
import { afterEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../support/database.ts";

describe("ADMIN_EMAILS", () => {
  const database = useTestDatabase();
  afterEach(() => {
    delete process.env.ADMIN_EMAILS;
    vi.resetModules();
  });

  it("makes listed addresses admins on sign-up, whatever their case, and nobody else", async () => {
    process.env.ADMIN_EMAILS = " Chair@Example.com ,other@example.com";
    vi.resetModules();
    const { createAdapter } = await import("../../lib/auth/adapter.ts");
    const adapter = createAdapter();
    const chair = await adapter.createUser!({ email: "chair@example.com", emailVerified: null } as never);
    const visitor = await adapter.createUser!({ email: "visitor@example.com", emailVerified: null } as never);
    const db = database.current.db;
    expect((await db.user.findUniqueOrThrow({ where: { id: chair.id } })).role).toBe("ADMIN");
    expect((await db.user.findUniqueOrThrow({ where: { id: visitor.id } })).role).toBe("MEMBER");
    expect(await db.auditLog.count({ where: { action: "role.granted_by_admin_emails", targetId: chair.id } })).toBe(1);
  });
});
