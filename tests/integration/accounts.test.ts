// Profiles, account deletion, roles and sign-in sessions against a real database.
import { describe, expect, it } from "vitest";
import { actorForSession, createAuthSession, revokeAuthSession } from "../../lib/auth/auth-sessions.ts";
import { actorFromCookie } from "../../lib/auth/get-actor.ts";
import { createAdapter } from "../../lib/auth/adapter.ts";
import { changeRole } from "../../lib/users/change-role.ts";
import { deleteAccount } from "../../lib/users/delete-account.ts";
import { listPeople } from "../../lib/users/list-people.ts";
import { updateProfile } from "../../lib/users/update-profile.ts";
import { sessionCookieFor } from "../support/auth.ts";
import { useTestDatabase } from "../support/database.ts";
import { rsvpSession } from "../support/rsvp-fixtures.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";
import { databaseFingerprint } from "../support/db-snapshot.ts";
import { appNow, systemNow } from "../../lib/time/clock.ts";

const valid = {
  name: "Grace",
  affiliation: "Example Labs",
  links: ["https://example.com/grace"],
  timeZone: "Europe/Berlin",
  notifyDayBefore: true,
  notifyHourBefore: false,
  notifyPreReading: true,
  notifyScheduleChanges: true,
  notifySpeakerReminders: false,
};

describe("accounts", () => {
  const database = useTestDatabase({ seeded: true });
  const person = (email: string) => actorByEmail(database.current.db, email);

  it("updates a profile and refuses bad input field by field, changing nothing", async () => {
    const me = await person("member@example.com");
    const saved = await updateProfile(me, valid);
    expect(saved).toMatchObject({
      name: "Grace",
      links: ["https://example.com/grace"],
      timeZone: "Europe/Berlin",
      notifyHourBefore: false,
      notifySpeakerReminders: false,
    });

    const before = await databaseFingerprint(database.current.url);
    const error = await rejection(
      updateProfile(me, { ...valid, name: "", links: ["javascript:alert(1)", "https://ok.example"], timeZone: "Mars/Olympus" }),
    );
    expect(error.code).toBe("validation");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["links.0", "name", "timeZone"]);
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });

  it("deletes an account: anonymised, RSVPs cancelled, claims released, suggestions and votes kept", async () => {
    const db = database.current.db;
    const speaker = await person("speaker@example.com");
    const member = await person("member@example.com");
    const claimsBefore = await db.speakerClaim.count({ where: { userId: speaker.id, status: { in: ["PENDING", "APPROVED"] } } });
    expect(claimsBefore).toBeGreaterThan(0);
    const suggestions = await db.suggestion.count({ where: { authorId: member.id } });
    const votes = await db.vote.count({ where: { userId: member.id } });
    // An RSVP to an upcoming session, whatever day it is (the demo season may be over).
    await db.rsvp.create({ data: { sessionId: await rsvpSession(db), userId: member.id, mode: "REMOTE", status: "CONFIRMED" } });

    await expect(deleteAccount(member, { confirm: "yes" })).rejects.toMatchObject({ code: "validation" });
    await deleteAccount(speaker, { confirm: "DELETE" });
    await deleteAccount(member, { confirm: "DELETE" });

    const gone = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(gone).toMatchObject({ email: null, name: null, affiliation: null, links: [] });
    expect(gone.deletedAt).toBeInstanceOf(Date);
    expect(await db.rsvp.count({ where: { userId: member.id, status: { not: "CANCELLED" } } })).toBe(0);
    expect(await db.speakerClaim.count({ where: { userId: speaker.id, status: { in: ["PENDING", "APPROVED"] } } })).toBe(0);
    expect(await db.suggestion.count({ where: { authorId: member.id } })).toBe(suggestions);
    expect(await db.vote.count({ where: { userId: member.id } })).toBe(votes);
    // Seat counts follow the cancelled RSVPs.
    for (const s of await db.session.findMany({ include: { rsvps: true } })) {
      expect(s.inPersonConfirmed).toBe(s.rsvps.filter((r) => r.mode === "IN_PERSON" && r.status === "CONFIRMED").length);
    }
    expect(await db.auditLog.count({ where: { action: "account.deleted", targetId: member.id } })).toBe(1);
  });

  it("lets admins change roles, writes the audit log, and never demotes the last admin", async () => {
    const db = database.current.db;
    const admin = await person("admin@example.com");
    const member = await person("member@example.com");
    await changeRole(admin, { userId: member.id, role: "ORGANIZER" });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("ORGANIZER");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "role.changed", targetId: member.id } });
    expect(entry).toMatchObject({ actorId: admin.id, data: { from: "MEMBER", to: "ORGANIZER" } });

    expect((await rejection(changeRole(admin, { userId: admin.id, role: "MEMBER" }))).code).toBe("conflict");
    expect((await rejection(changeRole(admin, { userId: member.id, role: "OWNER" }))).code).toBe("validation");
    expect((await rejection(changeRole(admin, { userId: "00000000-0000-0000-0000-000000000000", role: "ADMIN" }))).code).toBe("not_found");
  });

  it("keeps one admin when two admins demote each other at once", async () => {
    const db = database.current.db;
    const first = await person("admin@example.com");
    const second = await db.user.create({ data: { email: "second-admin@example.com", role: "ADMIN" } });
    const results = await Promise.allSettled([
      changeRole(first, { userId: second.id, role: "MEMBER" }),
      changeRole({ id: second.id, role: "ADMIN", name: null, email: second.email }, { userId: first.id, role: "MEMBER" }),
    ]);
    expect(await db.user.count({ where: { role: "ADMIN", deletedAt: null } })).toBeGreaterThanOrEqual(1);
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
  });

  it("searches people by name or email, for admins only", async () => {
    const admin = await person("admin@example.com");
    const result = await listPeople(admin, { q: "ORGANIZER@example" });
    expect(result.people.map((p) => p.email)).toEqual(["organizer@example.com"]);
    expect((await listPeople(admin, {})).total).toBeGreaterThan(50);
    expect((await rejection(listPeople(await person("organizer@example.com"), {}))).code).toBe("forbidden");
    expect((await rejection(listPeople(null, {}))).code).toBe("unauthenticated");
  });

  it("reads the role from the database on every request, and a sign-out ends the session at once", async () => {
    const db = database.current.db;
    const member = await person("member@example.com");
    const cookie = await sessionCookieFor(member.id);
    expect(await actorFromCookie(cookie)).toMatchObject({ id: member.id, role: "MEMBER" });

    await db.user.update({ where: { id: member.id }, data: { role: "ORGANIZER" } });
    expect(await actorFromCookie(cookie)).toMatchObject({ role: "ORGANIZER" });

    const sid = (await db.authSession.findFirstOrThrow({ where: { userId: member.id } })).sessionToken;
    await revokeAuthSession(sid);
    expect(await actorFromCookie(cookie)).toBeNull();
  });

  it("refuses tampered cookies, expired sessions and deleted accounts", async () => {
    const db = database.current.db;
    const member = await person("member@example.com");
    const cookie = await sessionCookieFor(member.id);
    expect(await actorFromCookie(cookie.slice(0, -4) + "AAAA")).toBeNull();
    expect(await actorFromCookie("not-a-token")).toBeNull();
    expect(await actorFromCookie(undefined)).toBeNull();

    const sid = await createAuthSession(member.id);
    expect(await actorForSession(member.id, sid)).not.toBeNull();
    const other = await person("speaker@example.com");
    expect(await actorForSession(other.id, sid)).toBeNull(); // a session belongs to one person
    await db.authSession.update({ where: { sessionToken: sid }, data: { expires: new Date(systemNow().getTime() - 1000) } });
    expect(await actorForSession(member.id, sid)).toBeNull();

    await deleteAccount(member, { confirm: "DELETE" });
    expect(await actorFromCookie(cookie)).toBeNull();
  });

  it("uses an email sign-in token once, and stores addresses in lower case", async () => {
    const adapter = createAdapter();
    const expires = new Date(systemNow().getTime() + 60_000);
    await adapter.createVerificationToken!({ identifier: "New.Person@Example.com", token: "hashed-token", expires });
    const results = await Promise.all([
      adapter.useVerificationToken!({ identifier: "new.person@example.com", token: "hashed-token" }),
      adapter.useVerificationToken!({ identifier: "new.person@example.com", token: "hashed-token" }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const user = await adapter.createUser!({ email: "New.Person@Example.com", emailVerified: appNow() } as never);
    expect(user.email).toBe("new.person@example.com");
    expect(await adapter.getUserByEmail!("NEW.PERSON@example.com")).toMatchObject({ id: user.id });
  });
});
