// Server-side sign-in sessions. The signed cookie (a NextAuth JWT) carries only the user id
// and the id of an auth_sessions row; the row is the authority. Signing out deletes it, so a
// copied cookie stops working too, and the person's role is read from the database each time.
import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "../db/index.ts";
import { runThrough } from "../db/run-sql.ts";
import { actorFor } from "./session-actor.ts";
import type { SignedInActor } from "./actor.ts";
import { systemNow } from "../time/clock.ts";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function createAuthSession(userId: string): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await getDb().authSession.create({
    data: { sessionToken, userId, expires: new Date(systemNow().getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  return sessionToken;
}

export async function revokeAuthSession(sessionToken: string): Promise<void> {
  await getDb().authSession.deleteMany({ where: { sessionToken } });
}

/**
 * The person of a live session row, or null (no such row, another person's, expired, or the
 * account deleted). One statement: it runs for every signed-in request (an RSVP rush, decision 022).
 */
export async function actorForSession(userId: string, sessionToken: string): Promise<SignedInActor | null> {
  return actorFor(runThrough(getDb()), userId, sessionToken);
}
