// Server-side sign-in sessions. The signed cookie (a NextAuth JWT) carries only the user id
// and the id of an auth_sessions row; the row is the authority. Signing out deletes it, so a
// copied cookie stops working too, and the person's role is read from the database each time.
import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "../db/index.ts";
import type { SignedInActor } from "./actor.ts";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function createAuthSession(userId: string): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await getDb().authSession.create({
    data: { sessionToken, userId, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  return sessionToken;
}

export async function revokeAuthSession(sessionToken: string): Promise<void> {
  await getDb().authSession.deleteMany({ where: { sessionToken } });
}

export async function actorForSession(userId: string, sessionToken: string): Promise<SignedInActor | null> {
  const row = await getDb().authSession.findUnique({
    where: { sessionToken },
    select: { userId: true, expires: true, user: { select: { id: true, role: true, name: true, email: true, timeZone: true, deletedAt: true } } },
  });
  if (!row || row.userId !== userId || row.expires.getTime() < Date.now() || row.user.deletedAt) return null;
  return { id: row.user.id, role: row.user.role, name: row.user.name, email: row.user.email, timeZone: row.user.timeZone };
}
