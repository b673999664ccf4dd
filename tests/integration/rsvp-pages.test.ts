// The RSVP server actions behind the session page, the cards and /me, signed in with a real
// session: answer, answer again, a bad mode, cancel, a visitor, a session that has started.
import { describe, expect, it, vi } from "vitest";
import { cookieJar, mockedCookieStore, sessionCookieFor } from "../support/auth.ts";
import { useTestDatabase } from "../support/database.ts";
import { databaseFingerprint } from "../support/db-snapshot.ts";
import { rsvpSession } from "../support/rsvp-fixtures.ts";

vi.mock("next/headers", () => ({ cookies: async () => mockedCookieStore(), headers: async () => new Headers() }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: () => undefined }));

const { rsvpAction, cancelRsvpAction } = await import("../../app/(public)/sessions/rsvp-actions.ts");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("RSVP actions", () => {
  const database = useTestDatabase({ seeded: true });

  /** A member of their own (no RSVPs from the seed), signed in. */
  async function signInMember() {
    const user = await database.current.db.user.create({ data: { email: "rsvp-member@example.com", name: "Rita Rsvp" } });
    cookieJar.value = await sessionCookieFor(user.id);
    return user;
  }

  /** A published session of its own, in person with free seats and remote (the demo season may be over). */
  const upcomingSession = (startsIn = 10 * 86_400_000) =>
    rsvpSession(database.current.db, { seats: 40, startsInDays: startsIn / 86_400_000, title: "RSVP session" });

  const rsvpsOf = (sessionId: string, userId: string) => database.current.db.rsvp.findMany({ where: { sessionId, userId } });

  it("confirms a member in person, and the same answer again keeps one RSVP", async () => {
    const member = await signInMember();
    const sessionId = await upcomingSession();
    const first = await rsvpAction(null, form({ sessionId, mode: "in_person" }));
    expect(first).toMatchObject({ ok: true, message: "You're going in person." });
    const again = await rsvpAction(null, form({ sessionId, mode: "in_person" }));
    expect(again).toMatchObject({ ok: true, message: "You're going in person." });
    const rows = await rsvpsOf(sessionId, member.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ mode: "IN_PERSON", status: "CONFIRMED" });

    expect(await rsvpAction(null, form({ sessionId, mode: "remote" }))).toMatchObject({ ok: true, message: "You're joining remotely." });
    expect(await rsvpsOf(sessionId, member.id)).toMatchObject([{ mode: "REMOTE", status: "CONFIRMED" }]);
  });

  it("answers an unknown mode with the field's message and the typed values, changing nothing", async () => {
    await signInMember();
    const sessionId = await upcomingSession();
    const before = await databaseFingerprint(database.current.url);
    const result = await rsvpAction(null, form({ sessionId, mode: "by_pigeon" }));
    expect(result).toMatchObject({ ok: false, code: "validation", values: { sessionId, mode: "by_pigeon" } });
    expect(result.ok ? undefined : result.fields?.mode).toBe('Choose "in_person" or "remote".');
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });

  it("cancels the RSVP; cancelling again says there is none", async () => {
    const member = await signInMember();
    const sessionId = await upcomingSession();
    expect((await rsvpAction(null, form({ sessionId, mode: "remote" }))).ok).toBe(true);
    expect(await cancelRsvpAction(null, form({ sessionId }))).toMatchObject({ ok: true, message: "Your RSVP is cancelled." });
    expect(await rsvpsOf(sessionId, member.id)).toMatchObject([{ status: "CANCELLED" }]);
    expect(await cancelRsvpAction(null, form({ sessionId }))).toMatchObject({
      ok: false,
      code: "not_found",
      error: "You have no RSVP for this session.",
    });
  });

  it("tells a visitor to sign in, changing nothing", async () => {
    cookieJar.value = undefined;
    const sessionId = await upcomingSession();
    const before = await databaseFingerprint(database.current.url);
    for (const result of [await rsvpAction(null, form({ sessionId, mode: "in_person" })), await cancelRsvpAction(null, form({ sessionId }))]) {
      expect(result).toMatchObject({ ok: false, code: "unauthenticated", error: "Please sign in first." });
    }
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });

  it("refuses an answer once the session has started", async () => {
    await signInMember();
    const sessionId = await upcomingSession(-10 * 60_000);
    const before = await databaseFingerprint(database.current.url);
    expect(await rsvpAction(null, form({ sessionId, mode: "remote" }))).toMatchObject({
      ok: false,
      code: "conflict",
      error: "RSVPs closed when this session started.",
    });
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });
});
